import type { SiteStateRef } from "./site-state.ts";
import type { EleventyConfig } from "./types.ts";
import { DEFAULT_LOCALE } from "./i18n/locales.ts";
import { translate } from "./i18n/translate.ts";
import { perLocalePage } from "./per-locale-page.ts";
import { withPageLang } from "./i18n/page-lang.ts";

/**
 * Pages made from data rather than written: the root language chooser, the 404
 * page, and one printables catalog per language (paginated over locales.json).
 */
export function generatedPagesPlugin(eleventyConfig: EleventyConfig, options: { state: SiteStateRef }): void {
  eleventyConfig.addGlobalData("sourceList", () => Object.entries(options.state.get().site.sources).map(([id, source]) => ({ id, ...source })));
  // Both are in the source language: the chooser is also its home page, and a 404 has no language of its own.
  const inSourceLanguage = (key: string) => () => translate(options.state.get().site.dictionaries, DEFAULT_LOCALE, key);
  eleventyConfig.addTemplate("generated/chooser.njk", "", withPageLang(options.state, { layout: "chooser.njk", permalink: "/", eleventyComputed: { description: inSourceLanguage("chooser.description") }, eleventyExcludeFromCollections: true }));
  // A missing page is never a search result: noindex.
  eleventyConfig.addTemplate("generated/404.njk", "", withPageLang(options.state, { layout: "not-found.njk", permalink: "/404.html", noindex: true, eleventyComputed: { title: inSourceLanguage("notFound.title"), description: inSourceLanguage("notFound.text") }, eleventyExcludeFromCollections: true }));
  eleventyConfig.addTemplate("generated/print-catalog.njk", "", perLocalePage(options.state, "print-catalog.njk", "print", { title: "print.title", description: "print.intro" }));
}
