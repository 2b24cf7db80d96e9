import { describe, expect, test } from "vitest";
import { isReferencePage, printableOf } from "../../../../scripts/eleventy/citation/plugin.ts";
import type { CollectionItem } from "../../../../scripts/eleventy/types.ts";

const item = (url: string, data: Record<string, unknown>) => ({ url, data: { page: { lang: url.split("/")[1] }, ...data } }) as unknown as CollectionItem;

describe("isReferencePage", () => {
  test.each([
    ["/en/policy/cross-systems-collaboration/", {}, true],
    ["/en/reference/glossary/", {}, true],
    ["/en/", {}, false],
    ["/en/print/policy-brief-handout/", { format: "handout" }, false],
  ])("%s", (url, data, expected) => expect(isReferencePage({ url, data })).toBe(expected));
});

describe("printableOf", () => {
  const pages = [
    item("/en/print/card/", { format: "pocket-card", webPage: "tips", order: 1 }),
    item("/en/print/handout/", { format: "handout", webPage: "tips", order: 5 }),
    item("/es/print/handout/", { format: "handout", webPage: "tips", order: 5 }),
    item("/en/print/other/", { format: "handout", webPage: "other" }),
  ];
  test("a handout before a pocket card, in the same language", () => {
    expect(printableOf(pages, "tips", "en")?.url).toBe("/en/print/handout/");
    expect(printableOf(pages, "tips", "es")?.url).toBe("/es/print/handout/");
  });
  test("none for a page without a printable", () => expect(printableOf(pages, "glossary", "en")).toBeUndefined());
});
