// Templates see the front matter the schema checked: not a second reading of the YAML, nor data files beside it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { elements, text } from "../../scripts/html/parse.ts";
import { buildHere, contentWith, englishOnly } from "../helpers/build-fixture.ts";

const PAGE = "victim-contact/tips-for-advocates";
const doc = (dist: string, urlPath: string) => readFileSync(path.join(dist, urlPath, "index.html"), "utf8");
let site: ReturnType<typeof contentWith>;
let out: string;
let status: number;
let output: string;
beforeAll(async () => {
  // A title YAML would read as a date: the schema checks it as text (its core schema has no dates).
  site = contentWith([
    englishOnly(),
    { file: `en/${PAGE}.md`, find: "title: Practice tips for victim contact advocates", replace: "title: 2026-11-23" },
    // Eleventy's template and directory data files: unchecked data that must not reach the page.
    { file: `en/${PAGE}.11tydata.json`, replace: JSON.stringify({ noindex: true }) },
    { file: "en/victim-contact/victim-contact.json", replace: JSON.stringify({ noindex: true }) },
  ]);
  out = path.join(site.dir, "out");
  ({ status, output } = await buildHere({ content: site.content, out, print: false, search: false }));
});
afterAll(() => site.cleanup());

test("a title that looks like a date is shown as written, as it was checked", () => {
  expect(status, output).toBe(0);
  const page = doc(out, `en/${PAGE}`);
  expect(text(elements(page, (e) => e.name === "h1")[0]!)).toBe("2026-11-23");
  expect(text(elements(page, (e) => e.name === "title")[0]!)).toMatch(/^2026-11-23 · /);
  expect(elements(page, (e) => e.attribs.name === "citation_title")[0]!.attribs.content).toBe("2026-11-23");
});

test("template and directory data files beside content are not read: pages see only checked data", () => {
  expect(status, output).toBe(0);
  const page = doc(out, `en/${PAGE}`);
  expect(elements(page, (e) => e.name === "meta" && e.attribs.name === "robots")).toEqual([]);
});
