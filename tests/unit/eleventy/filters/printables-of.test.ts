import { describe, expect, test } from "vitest";
import { printablesOf } from "../../../../scripts/eleventy/filters/printables-of.ts";
import type { CollectionItem } from "../../../../scripts/eleventy/types.ts";

const item = (url: string, data: Record<string, unknown>) => ({ url, data: { page: { lang: url.split("/")[1] }, ...data } }) as unknown as CollectionItem;
const pages = [
  item("/en/print/h2/", { section: "vc", order: 2, format: "handout" }),
  item("/en/print/c1/", { section: "vc", order: 9, format: "pocket-card" }),
  item("/en/print/h1/", { section: "vc", order: 1, format: "handout" }),
  item("/en/print/other/", { section: "policy", order: 1, format: "handout" }),
  item("/en/vc/page/", { section: "vc", order: 1 }),
  item("/es/print/h1/", { section: "vc", order: 1, format: "handout" }),
];

describe("printablesOf", () => {
  test("cards before handouts, each in authored order; one language; printables only", () => {
    expect(printablesOf(pages, "en", "vc").map((p) => p.url)).toEqual(["/en/print/c1/", "/en/print/h1/", "/en/print/h2/"]);
    expect(printablesOf(pages, "en").map((p) => p.url)).toHaveLength(4);
    expect(printablesOf(pages, "en", "vc", "handout").map((p) => p.url)).toEqual(["/en/print/h1/", "/en/print/h2/"]);
    expect(printablesOf(pages, "es").map((p) => p.url)).toEqual(["/es/print/h1/"]);
  });
});
