// Every built page is valid HTML (html-validate's recommended rules, .htmlvalidate.json).
import { readFileSync } from "node:fs";
import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { expect, test } from "vitest";
import { builtPages } from "../helpers/site-browser.ts";
import { DIST, ROOT } from "../helpers/paths.ts";

test("every built page has 0 html-validate errors", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader(JSON.parse(readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8"))));
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  const problems: string[] = [];
  for (const urlPath of pages) {
    const file = path.join(DIST, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
    const report = await validator.validateString(readFileSync(file, "utf8"), file);
    for (const result of report.results) for (const m of result.messages) problems.push(`${urlPath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});
