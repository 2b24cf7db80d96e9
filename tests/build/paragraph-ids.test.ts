// Paragraph links stay put: the authored ids of a page are the same in every language, and survive an
// edit to the wording (a fixture copy of content/ with one paragraph reworded, built for real).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createMarkdown } from "../../scripts/eleventy/markdown/create-markdown.ts";
import { contentWith, runBuild } from "../helpers/build-fixture.ts";
import { CONTENT } from "../helpers/paths.ts";

const md = createMarkdown();
/** The authored ids of a Markdown page (headings, paragraphs, list items), in order. */
const idsOf = (markdown: string) =>
  md
    .parse(matter(markdown).content, {})
    .filter((t) => ["heading_open", "paragraph_open", "list_item_open"].includes(t.type))
    .map((t) => t.attrGet("id"))
    .filter((id): id is string => Boolean(id));
/** The ids inside the built page's article. */
const builtIds = (html: string) => [.../<article[^>]*>([\s\S]*?)<\/article>/.exec(html)![1]!.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

const englishFiles = readdirSync(path.join(CONTENT, "en"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).sort();
const codes = (JSON.parse(readFileSync(path.join(CONTENT, "_data", "locales.json"), "utf8")) as { code: string }[]).map((l) => l.code).filter((c) => c !== "en");
const translations = codes.flatMap((code) =>
  englishFiles.filter((f) => existsSync(path.join(CONTENT, code, f))).map((file) => ({ code, file })),
);

describe("every translation has exactly the English page's ids, in the same order", () => {
  test("there are English pages, and ids on them", () => {
    expect(englishFiles.length).toBeGreaterThan(20);
    expect(idsOf(readFileSync(path.join(CONTENT, "en", "victim-contact", "tips-for-advocates.md"), "utf8"))).toContain("advocates-already-trained");
  });

  test.each(translations)("$code/$file", ({ code, file }) => {
    const english = idsOf(readFileSync(path.join(CONTENT, "en", file), "utf8"));
    expect(idsOf(readFileSync(path.join(CONTENT, code, file), "utf8"))).toEqual(english);
  });

  test("the comparison notices a changed id", () => {
    const english = readFileSync(path.join(CONTENT, "en", "victim-contact", "tips-for-advocates.md"), "utf8");
    expect(idsOf(english.replace("{#advocates-already-trained}", "{#advocates-trained}"))).not.toEqual(idsOf(english));
  });
});

describe("rewording a paragraph keeps its id", () => {
  const file = "en/victim-contact/tips-for-advocates.md";
  const before = "Victim advocates are already trained to make safe, thorough calls with domestic violence victims who are looking for help.";
  const after = "Victim advocates already know how to make careful, safe calls to domestic violence victims who ask for help.";
  let site: ReturnType<typeof contentWith>;
  let result: ReturnType<typeof runBuild>;
  beforeAll(() => {
    site = contentWith([{ file, find: before, replace: after }]);
    result = runBuild(["--content", site.content, "--out", path.join(site.dir, "out"), "--no-print"]);
  });
  afterAll(() => site.cleanup());

  test("the reworded page builds with the same ids as the original Markdown, and the new words under the old id", () => {
    expect(result.status, result.output).toBe(0);
    const built = readFileSync(path.join(site.dir, "out", "en", "victim-contact", "tips-for-advocates", "index.html"), "utf8");
    expect(builtIds(built)).toEqual(idsOf(readFileSync(path.join(CONTENT, file), "utf8")));
    expect(built).toContain(`<p id="advocates-already-trained">${after}</p>`);
    expect(built).not.toContain(before);
  });
});
