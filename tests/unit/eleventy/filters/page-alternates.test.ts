import { expect, test } from "vitest";
import { pageAlternates } from "../../../../scripts/eleventy/filters/page-alternates.ts";
import type { CollectionItem } from "../../../../scripts/eleventy/types.ts";

const locales = [
  { code: "en", lang: "en" },
  { code: "es", lang: "es" },
  { code: "zh-hans", lang: "zh-Hans" },
];
const item = (url: string, lang: string, data: Record<string, unknown> = {}) => ({ url, data: { translationKey: "tips", page: { lang }, ...data } }) as unknown as CollectionItem;
const pages = [item("/en/a/tips/", "en"), item("/es/a/tips/", "es"), item("/zh-hans/a/tips/", "zh-hans", { fallbackFrom: "/en/a/tips/" })];

test("a translated page: itself canonical, the real translations as versions, the source language as x-default", () => {
  expect(pageAlternates(pages, { url: "/es/a/tips/", translationKey: "tips" }, locales, "en")).toEqual({
    canonical: "/es/a/tips/",
    languages: [
      { code: "en", lang: "en", url: "/en/a/tips/" },
      { code: "es", lang: "es", url: "/es/a/tips/" },
    ],
    xDefault: "/en/a/tips/",
  });
});

test("a fallback copy is no version of its own: canonical is its English original", () => {
  expect(pageAlternates(pages, { url: "/zh-hans/a/tips/", translationKey: "tips", fallbackFrom: "/en/a/tips/" }, locales, "en")!.canonical).toBe("/en/a/tips/");
});

test("a page made for every language has a version at the same path in each", () => {
  expect(pageAlternates([], { url: "/es/search/", sameInEveryLanguage: true }, locales, "en")!.languages.map((l) => l.url)).toEqual(["/en/search/", "/es/search/", "/zh-hans/search/"]);
});

test("a page in no language's set (the chooser, the 404 page) has none", () => {
  expect(pageAlternates(pages, { url: "/404.html" }, locales, "en")).toBeUndefined();
});
