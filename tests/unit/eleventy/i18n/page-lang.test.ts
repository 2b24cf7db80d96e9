import { expect, test } from "vitest";
import { localeFromUrl, pageLanguage, withPageLang } from "../../../../scripts/eleventy/i18n/page-lang.ts";
import type { SiteState } from "../../../../scripts/eleventy/site-state.ts";

const state = { get: () => ({ site: { locales: [{ code: "en" }, { code: "zh-hans" }] } }) as unknown as SiteState, set() {} };

test("localeFromUrl takes the first segment when locales.json lists it", () => {
  expect(localeFromUrl("/zh-hans/policy/x/", ["en", "zh-hans"])).toBe("zh-hans");
  expect(localeFromUrl("/assets/x.css", ["en", "zh-hans"])).toBe("en");
  expect(localeFromUrl("/", ["en"])).toBe("en");
  expect(localeFromUrl(false, ["en"])).toBe("en");
});

test("withPageLang computes page.lang from the page's URL and keeps the template's own computed data", () => {
  const description = () => "D";
  const data = withPageLang(state, { layout: "a-z.njk", eleventyComputed: { description } });
  const computed = data.eleventyComputed as { description: unknown; page: { lang: (d: { page: { url: string } }) => string } };
  expect(data.layout).toBe("a-z.njk");
  expect(computed.description).toBe(description);
  expect(computed.page.lang({ page: { url: "/zh-hans/a-z/" } })).toBe("zh-hans");
  expect(computed.page.lang({ page: { url: "/404.html" } })).toBe("en");
});

test("a page without page.lang is reported by its input path, never rendered in English", () => {
  expect(pageLanguage({ lang: "zh-hans", inputPath: "./content/zh-hans/x.md" })).toBe("zh-hans");
  expect(() => pageLanguage({ inputPath: "./content/generated/x.njk" })).toThrow("./content/generated/x.njk: page.lang is not set (a page made with addTemplate needs withPageLang");
  expect(() => pageLanguage(undefined)).toThrow("A page: page.lang is not set");
});
