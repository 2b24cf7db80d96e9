// An agency's own printables in one command: every pocket card, handout and training packet,
// rebuilt with its own local help (name, phone, text line, website, hours) in place of the
// national hotline. The site's content is copied, never changed.
//   npm run print:local -- --organization my-agency.json [--out printables]
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build, explain } from "./build.ts";
import { StageError } from "./stage.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const { values } = parseArgs({
  options: {
    organization: { type: "string" },
    out: { type: "string", default: "printables" },
    content: { type: "string", default: path.join(root, "content") },
  },
});
if (!values.organization || !existsSync(values.organization)) {
  console.error("Usage: npm run print:local -- --organization my-agency.json [--out printables]\n(the file has the fields of content/_data/organization.json)");
  process.exit(2);
}

const work = mkdtempSync(path.join(tmpdir(), "afg-local-"));
const content = path.join(work, "content");
const site = path.join(work, "site");
try {
  cpSync(values.content, content, { recursive: true });
  cpSync(values.organization, path.join(content, "_data", "organization.json"));
  await build({ content, out: site, print: true, search: true });
  const out = path.resolve(values.out);
  let count = 0;
  for (const code of readdirSync(site)) {
    const printDir = path.join(site, code, "print");
    if (!existsSync(printDir)) continue;
    for (const file of readdirSync(printDir).filter((f) => f.endsWith(".pdf"))) {
      mkdirSync(path.join(out, code), { recursive: true });
      cpSync(path.join(printDir, file), path.join(out, code, file));
      count++;
    }
  }
  console.log(`${count} PDFs with your local help in ${path.relative(process.cwd(), out) || "."}/ (one folder per language)`);
} catch (error) {
  const message = error instanceof StageError ? error.message : explain(error);
  // Name the agency's file, not the temporary copy it was put in.
  const named = message.replace(/\S*afg-local-[^/\s]+\/content\/_data\/organization\.json/g, values.organization).replace(/\S*afg-local-[^/\s]+\/content/g, "content");
  console.error(`\n✗ ${named}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
