import path from "node:path";
import { expect, test } from "vitest";
import { checkedFrontMatter, type CheckedFile } from "../../../../scripts/eleventy/schema/checked-front-matter.ts";
import { frontMatterSchema } from "../../../../scripts/eleventy/schema/front-matter.ts";
import { frontMatterYaml } from "../../../../scripts/eleventy/schema/validate-content.ts";

// A title that YAML would read as a date, with a trailing space: the schema checks it as text, trimmed.
const text = "title: 2026-11-23 \ndescription: D\nsection: victim-contact\naudience: [advocates]\nsources: [victim-contact-apip]\ntranslationKey: vc-tips\nlastReviewed: 2026-11-23\n";
// What validateContent keeps for it, by the file's path: read with YAML's core schema (no dates), then checked.
const english = path.resolve("content/en/victim-contact/tips.md");
const spanish = path.resolve("content/es/victim-contact/tips.md");
const data = frontMatterSchema.parse(frontMatterYaml(text));
const checked = new Map<string, CheckedFile>([
  [english, { frontMatter: text, data, locale: "en" }],
  [spanish, { frontMatter: text, data, locale: "es" }],
]);

test("a content file's front matter comes back as the checked data, with its folder's language as page.lang", () => {
  const result = checkedFrontMatter(checked, text, "./content/en/victim-contact/tips.md") as typeof data & { page: { lang: string } };
  expect(result.title).toBe("2026-11-23");
  expect(result.lastReviewed).toEqual(new Date("2026-11-23"));
  expect(result).toEqual({ ...data, page: { lang: "en" } });
});

test("the same front matter in two languages is found by the file, so each keeps its own language", () => {
  expect(checkedFrontMatter(checked, text, spanish)).toMatchObject({ page: { lang: "es" } });
  expect(checkedFrontMatter(checked, text, english)).toMatchObject({ page: { lang: "en" } });
});

test("it is a copy: what Eleventy does to it never reaches the checked data", () => {
  const result = checkedFrontMatter(checked, text, english) as typeof data;
  result.audience.push("trainers");
  expect(checked.get(english)!.data.audience).toEqual(["advocates"]);
});

test("front matter no content file has (a layout's) is parsed as Eleventy parses it", () => {
  expect(checkedFrontMatter(checked, "layout: base.njk\ndate: 2026-11-23\n", path.resolve("layouts/page.njk"))).toEqual({ layout: "base.njk", date: new Date("2026-11-23") });
  expect(checkedFrontMatter(checked, "layout: base.njk\n", undefined)).toEqual({ layout: "base.njk" });
});

test("the text must be the text checked: a file changed since is parsed afresh, without a language", () => {
  const changed = checkedFrontMatter(checked, text.replace("2026-11-23 \n", "2026-11-23\n"), english);
  expect(changed).toMatchObject({ title: new Date("2026-11-23") });
  expect(changed).not.toHaveProperty("page");
});
