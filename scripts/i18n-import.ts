// Writes translated (or reviewed) XLIFF 2.0 back into content/<code>/: every file or none, and a file
// whose targets did not change is not touched.   npm run i18n:import -- <dir-or-file> … [--content dir]
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { importXliff } from "./i18n/import.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { content: { type: "string", default: path.join(root, "content") } } });
if (!positionals.length) {
  console.error("Usage: npm run i18n:import -- <folder or .xlf file> …");
  process.exit(2);
}
try {
  const { summaries } = importXliff({ content: values.content, layouts: path.join(root, "layouts"), paths: positionals });
  console.log(summaries.length ? summaries.join("\n") : "Nothing to change: every target is already in content/.");
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
