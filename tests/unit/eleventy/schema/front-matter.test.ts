import { describe, expect, test } from "vitest";
import { frontMatterSchema } from "../../../../scripts/eleventy/schema/front-matter.ts";

const valid = {
  title: "T",
  description: "D",
  section: "victim-contact",
  audience: ["advocates"],
  sources: ["victim-contact-apip"],
  translationKey: "vc-tips",
  lastReviewed: "2026-11-23",
};

describe("frontMatterSchema", () => {
  test("accepts a complete page and turns the date into a Date", () => {
    const parsed = frontMatterSchema.parse(valid);
    expect(parsed.lastReviewed.toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });
  test.each([
    ["a rolled-over date", { lastReviewed: "2026-02-30" }, "lastReviewed"],
    ["an unknown audience", { audience: ["judges"] }, "audience"],
    ["a long description", { description: "x".repeat(161) }, "description"],
    ["a misspelt field", { tittle: "x" }, ""], // root-level issue: checked by code below
    ["a bad translation hash", { translation: { status: "draft", from: "xyz" } }, "translation"],
    ["a made-up status", { translation: { status: "approved", from: "0123456789ab", paragraphs: {} } }, "translation"],
    ["a translation without per-paragraph hashes", { translation: { status: "draft", from: "0123456789ab" } }, "translation.paragraphs"],
    ["a paragraph hash that is not 8 hex digits", { translation: { status: "draft", from: "0123456789ab", paragraphs: { intro: "12345678x" } } }, "translation.paragraphs.intro"],
    ["reviewed with no reviewer", { translation: { status: "reviewed", from: "0123456789ab", paragraphs: {} } }, "translation.reviewedBy"],
    ["reviewed with a reviewer but no date", { translation: { status: "reviewed", reviewedBy: "Ana López", from: "0123456789ab", paragraphs: {} } }, "translation.reviewedOn"],
    ["a draft that names a reviewer", { translation: { status: "draft", reviewedBy: "Ana López", reviewedOn: "2027-01-05", from: "0123456789ab", paragraphs: {} } }, "translation.reviewedBy"],
  ])("rejects %s", (_name, change, field) => {
    const result = frontMatterSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join(".")).toContain(field);
    if (field === "") expect(result.error!.issues[0]!.code).toBe("unrecognized_keys");
  });
  test("accepts a reviewed translation that names its reviewer and the date", () => {
    const translation = { status: "reviewed", reviewedBy: "Ana López", reviewedOn: "2027-01-05", from: "0123456789ab", paragraphs: { "meta.title": "0123abcd", intro: "89abcdef" } };
    expect(frontMatterSchema.parse({ ...valid, translation }).translation?.reviewedBy).toBe("Ana López");
  });
});
