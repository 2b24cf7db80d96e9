import { expect, test } from "vitest";
import { checkedFrontMatter } from "../../../../scripts/eleventy/schema/checked-front-matter.ts";
import { frontMatterSchema, type FrontMatter } from "../../../../scripts/eleventy/schema/front-matter.ts";
import { frontMatterYaml } from "../../../../scripts/eleventy/schema/validate-content.ts";

// A title that YAML would read as a date, with a trailing space: the schema checks it as text, trimmed.
const text = "title: 2026-11-23 \ndescription: D\nsection: victim-contact\naudience: [advocates]\nsources: [victim-contact-apip]\ntranslationKey: vc-tips\nlastReviewed: 2026-11-23\n";
// What validateContent keeps for it: read with YAML's core schema (no dates), then checked.
const checked = new Map<string, FrontMatter>([[text, frontMatterSchema.parse(frontMatterYaml(text))]]);

test("a content file's front matter comes back as the checked data: the title stays text, the date a Date", () => {
  const data = checkedFrontMatter(checked, text) as FrontMatter;
  expect(data.title).toBe("2026-11-23");
  expect(data.lastReviewed).toEqual(new Date("2026-11-23"));
  expect(data).toEqual(checked.get(text));
});

test("it is a copy: what Eleventy does to it never reaches the checked data", () => {
  const data = checkedFrontMatter(checked, text) as FrontMatter;
  data.audience.push("trainers");
  expect(checked.get(text)!.audience).toEqual(["advocates"]);
});

test("front matter no content file has (a layout's) is parsed as Eleventy parses it", () => {
  expect(checkedFrontMatter(checked, "layout: base.njk\ndate: 2026-11-23\n")).toEqual({ layout: "base.njk", date: new Date("2026-11-23") });
});

test("the text must match exactly: the same front matter written differently is parsed afresh", () => {
  expect(checkedFrontMatter(checked, text.replace("2026-11-23 \n", "2026-11-23\n"))).toMatchObject({ title: new Date("2026-11-23") });
});
