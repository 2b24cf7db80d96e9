// Prints the page × language translation matrix: source / reviewed / draft / stale (with how many of the
// page's paragraphs are behind the English) / missing, and the totals per language.
//   npm run i18n:status [-- --content dir]
//   npm run i18n:status -- --record victim-contact/tips-for-advocates.md   (the translation: block a new
//   translation of that English file starts with, to paste into its front matter by hand)
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { statusMatrix, type StatusRow } from "./eleventy/i18n/translation-state.ts";
import { loadSiteData } from "./eleventy/site-data.ts";
import { validateContent } from "./eleventy/schema/validate-content.ts";
import { currentHashes, translationBlock } from "./i18n/translation-record.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({ options: { content: { type: "string", default: path.join(root, "content") }, record: { type: "string" } } });

const site = loadSiteData(values.content);
const files = validateContent(values.content, site, path.join(root, "layouts"));
const codes = site.locales.map((l) => l.code);
const rows = statusMatrix(files, codes);

if (values.record) {
  const row = rows.find((r) => r.english.relative === values.record!.replace(/^\/+/, ""));
  if (!row) {
    console.error(`${values.record}: no English page at that path (expected a path such as victim-contact/tips-for-advocates.md)`);
    process.exit(1);
  }
  console.log(translationBlock({ status: "draft", from: row.englishHash, paragraphs: currentHashes(row.englishUnits) }).join("\n"));
  process.exit(0);
}

/** One cell: the status, and for a stale page how many of its units are behind, e.g. "stale 2/31". */
const cell = (row: StatusRow, code: string) => (row.status[code] === "stale" ? `stale ${row.behind[code]!.length}/${row.englishUnits.length}` : row.status[code]!);
const width = Math.max(...rows.map((r) => r.english.relative.length), 4);
const col = (s: string) => s.padEnd(12);
console.log(`${"page".padEnd(width)}  ${"hash".padEnd(12)}  ${codes.map(col).join("")}`);
for (const row of rows) console.log(`${row.english.relative.padEnd(width)}  ${row.englishHash}  ${codes.map((c) => col(cell(row, c))).join("")}`);

const totals = codes.map((c) => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.status[c]!, (counts.get(row.status[c]!) ?? 0) + 1);
  const behind = rows.reduce((n, row) => n + row.behind[c]!.length, 0);
  return `${c}: ${[...counts].map(([status, n]) => `${n} ${status}`).join(", ")}${behind ? `; ${behind} paragraph${behind === 1 ? "" : "s"} behind the English` : ""}`;
});
console.log(`\n${totals.join("\n")}`);
const stale = rows.flatMap((row) => codes.filter((c) => row.behind[c]!.length).map((c) => `  ${c}/${row.english.relative}: ${row.behind[c]!.map((id) => `#${id}`).join(" ")}`));
if (stale.length) console.log(`\nBehind the English (npm run i18n:export sends them to a translator with the previous English text):\n${stale.join("\n")}`);
if (site.unpublished.length) console.log(`\nNot yet published (not checked): ${site.unpublished.join(", ")}`);
