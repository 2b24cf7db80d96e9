// Every page's language, page.lang: a content file's is its language folder's (it comes with the checked
// front matter, schema/checked-front-matter.ts); a page made from data (addTemplate) has it computed from its URL.
// A page with no computed data skips Eleventy's computed-data pass (330 ms of an 18 s profile at 5,000 pages).
import type { SiteStateRef } from "../site-state.ts";
import type { EleventyPage } from "../types.ts";
import { DEFAULT_LOCALE } from "./locales.ts";

/**
 * The locale code a URL belongs to: its first segment when locales.json lists it, else the default.
 *
 * @example
 * localeFromUrl("/zh-hans/policy/x/", ["en", "zh-hans"]) // → "zh-hans"
 */
export function localeFromUrl(url: string | false | undefined, codes: string[]): string {
  const first = (url || "").split("/")[1] ?? "";
  return codes.includes(first) ? first : DEFAULT_LOCALE;
}

/**
 * The data of a page Eleventy makes from data, not from a content file, with page.lang computed from its URL.
 *
 * @example
 * eleventyConfig.addTemplate("generated/a-z.njk", "", withPageLang(state, { layout: "a-z.njk", permalink: … }))
 */
export function withPageLang(state: SiteStateRef, data: Record<string, unknown>): Record<string, unknown> {
  const lang = (d: { page: { url: string | false } }) => localeFromUrl(d.page.url, state.get().site.locales.map((l) => l.code));
  return { ...data, eleventyComputed: { ...(data.eleventyComputed as Record<string, unknown> | undefined), page: { lang } } };
}

/**
 * The language of the page a filter renders. A page without one is a mistake to report, never English.
 *
 * @example
 * pageLanguage({ lang: "es", inputPath: "./content/es/x.md" }) // → "es"
 * pageLanguage({ inputPath: "generated/x.njk" }) // throws: "generated/x.njk: page.lang is not set (…)"
 */
export function pageLanguage(page: Partial<Pick<EleventyPage, "lang" | "inputPath">> | undefined): string {
  if (!page?.lang) throw new Error(`${page?.inputPath ?? "A page"}: page.lang is not set (a page made with addTemplate needs withPageLang, scripts/eleventy/i18n/page-lang.ts)`);
  return page.lang;
}
