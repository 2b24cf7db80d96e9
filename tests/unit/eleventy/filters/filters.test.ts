import { describe, expect, test } from "vitest";
import { formatDate } from "../../../../scripts/eleventy/filters/format-date.ts";
import { headings } from "../../../../scripts/eleventy/filters/headings.ts";
import { isoDate } from "../../../../scripts/eleventy/filters/iso-date.ts";
import { neighbours } from "../../../../scripts/eleventy/filters/neighbours.ts";
import { sectionPages } from "../../../../scripts/eleventy/filters/section-pages.ts";
import { translationOf } from "../../../../scripts/eleventy/filters/translation-of.ts";
import type { CollectionItem } from "../../../../scripts/eleventy/types.ts";

const item = (url: string, data: Record<string, unknown>) => ({ url, data: { page: { lang: url.split("/")[1] }, ...data } }) as unknown as CollectionItem;
const pages = [
  item("/en/vc/b/", { section: "vc", order: 2, translationKey: "b" }),
  item("/en/vc/a/", { section: "vc", order: 1, translationKey: "a" }),
  item("/en/print/c/", { section: "vc", order: 3, translationKey: "c", format: "handout" }),
  item("/es/vc/a/", { section: "vc", order: 1, translationKey: "a" }),
];

describe("filters", () => {
  test("formatDate writes the date the reader's way, in UTC", () => {
    expect(formatDate(new Date("2026-11-23"), "en")).toBe("November 23, 2026");
    expect(formatDate(new Date("2026-11-23"), "es")).toBe("23 de noviembre de 2026");
    expect(formatDate(new Date("2026-11-23"), "ar")).toMatch(/2026|٢٠٢٦/);
  });
  test("isoDate", () => expect(isoDate(new Date("2026-11-23T00:00:00Z"))).toBe("2026-11-23"));
  test("sectionPages keeps one language's reference pages in order", () => {
    expect(sectionPages(pages, "vc", "en").map((p) => p.url)).toEqual(["/en/vc/a/", "/en/vc/b/"]);
  });
  test("neighbours", () => {
    const list = sectionPages(pages, "vc", "en");
    expect(neighbours(list, "/en/vc/a/").next?.url).toBe("/en/vc/b/");
    expect(neighbours(list, "/en/vc/a/").previous).toBeUndefined();
    expect(neighbours(list, "/nope/")).toEqual({});
  });
  test("translationOf", () => {
    expect(translationOf(pages, "a", "es")?.url).toBe("/es/vc/a/");
    expect(translationOf(pages, "b", "es")).toBeUndefined();
  });
  test("headings lists h2s with ids, as plain text", () => {
    expect(headings('<h2 id="a">Why <em>&amp;</em> how</h2><h2>No id</h2><h3 id="c">C</h3>')).toEqual([{ id: "a", text: "Why & how" }]);
  });
});
