// XLIFF 2.0 for a translator's CAT tool: one file per translated page and printable, and one for the
// interface strings.   npm run i18n:export -- --lang es --out xliff/es [--content dir]
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { exportLanguage } from "./i18n/export.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({ options: { lang: { type: "string" }, out: { type: "string" }, content: { type: "string", default: path.join(root, "content") } } });
if (!values.lang || !values.out) {
  console.error("Usage: npm run i18n:export -- --lang <code> --out <dir>   (a language code from content/_data/locales.json)");
  process.exit(2);
}
try {
  const { written, untranslated } = exportLanguage({ content: values.content, layouts: path.join(root, "layouts"), lang: values.lang, out: values.out });
  console.log(`${written.length} XLIFF 2.0 files written to ${values.out}`);
  if (untranslated.length) console.log(`Not yet translated into ${values.lang} (copy the English file first): ${untranslated.join(", ")}`);
} catch (error) {
  console.error((error as Error).message);
  console.error("Nothing was exported.");
  process.exit(1);
}
