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
    ["a made-up status", { translation: { status: "approved", from: "0123456789ab" } }, "translation"],
  ])("rejects %s", (_name, change, field) => {
    const result = frontMatterSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join(".")).toContain(field);
    if (field === "") expect(result.error!.issues[0]!.code).toBe("unrecognized_keys");
  });
});
