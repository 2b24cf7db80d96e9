// The help line comes from content/_data/organization.json alone: change the file and every web page
// and every printable's page (what the PDFs are printed from), in every language, carries the change.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { elements, text } from "../../scripts/html/parse.ts";
import { contentWith, runBuild } from "../helpers/build-fixture.ts";
import { FIXTURE_CONTENT } from "../helpers/paths.ts";

const organization = JSON.parse(readFileSync(path.join(FIXTURE_CONTENT, "_data", "organization.json"), "utf8")) as Record<string, unknown>;
const agency = { ...organization, name: "Riverside Family Justice Center", phone: "555-0147", sms: { number: "5550148", body: "HELP" }, website: "https://riverside.example.org", websiteLabel: "riverside.example.org" };

let out: string;
let cleanup: () => void;
beforeAll(() => {
  const site = contentWith([{ file: "_data/organization.json", replace: JSON.stringify(agency, null, 2) }]);
  cleanup = site.cleanup;
  out = path.join(site.dir, "out");
  const result = runBuild(["--content", site.content, "--out", out, "--no-print", "--no-search"]);
  expect(result.status, result.output).toBe(0);
});
afterAll(() => cleanup());

const pagesUnder = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"));

test("every web page's help line is the new organization's, with its call, text and website links", () => {
  const pages = pagesUnder(out);
  expect(pages.length).toBeGreaterThan(50);
  for (const file of pages) {
    const html = readFileSync(path.join(out, file), "utf8");
    const [helpLine, ...more] = elements(html, (e) => e.name === "aside" && e.attribs.class === "help-line");
    expect(helpLine, file).toBeDefined();
    expect(more, file).toEqual([]);
    expect(text(helpLine!), file).toContain(agency.name);
    const hrefs = elements(html, (e) => e.name === "a" && /^(tel|sms|https):/.test(e.attribs.href ?? "")).map((a) => a.attribs.href);
    expect(hrefs, file).toEqual(expect.arrayContaining(["tel:5550147", "sms:5550148?&body=HELP", agency.website]));
    expect(html, file).not.toContain(organization.phone as string);
  }
});

test("every printable's page carries the new organization in its local-help panel", () => {
  const printables = pagesUnder(out).filter((f) => /\/print\/[^/]+\/index\.html$/.test(f));
  expect(printables.length).toBeGreaterThan(10);
  for (const file of printables) {
    const paper = elements(readFileSync(path.join(out, file), "utf8"), (e) => e.name === "main")[0];
    expect(text(paper!), file).toContain("555-0147");
  }
});
