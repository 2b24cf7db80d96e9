// Prints the page × language translation matrix: source / reviewed / draft / stale / missing,
// with the hash a translator records in `translation.from`.   npm run i18n:status [-- --content dir]
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { statusMatrix } from "./eleventy/i18n/translation-state.ts";
import { loadSiteData } from "./eleventy/site-data.ts";
import { validateContent } from "./eleventy/schema/validate-content.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({ options: { content: { type: "string", default: path.join(root, "content") } } });

const site = loadSiteData(values.content);
const files = validateContent(values.content, site, path.join(root, "layouts"));
const codes = site.locales.map((l) => l.code);
const rows = statusMatrix(files, codes);

const width = Math.max(...rows.map((r) => r.english.relative.length), 4);
const col = (s: string) => s.padEnd(10);
console.log(`${"page".padEnd(width)}  ${"hash".padEnd(12)}  ${codes.map(col).join("")}`);
for (const row of rows) console.log(`${row.english.relative.padEnd(width)}  ${row.englishHash}  ${codes.map((c) => col(row.status[c]!)).join("")}`);

const totals = codes.map((c) => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.status[c]!, (counts.get(row.status[c]!) ?? 0) + 1);
  return `${c}: ${[...counts].map(([status, n]) => `${n} ${status}`).join(", ")}`;
});
console.log(`\n${totals.join("\n")}`);
if (site.unpublished.length) console.log(`\nNot yet published (not checked): ${site.unpublished.join(", ")}`);
