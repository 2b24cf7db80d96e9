import { translate } from "./i18n/translate.ts";
import type { SiteStateRef } from "./site-state.ts";

/**
 * Template data for a page made once per language at /<code>/<slug>/ (search, A–Z, printables
 * catalog, changelog, translation status). `sameInEveryLanguage` tells the language switcher and
 * the hreflang alternates that the same page exists at that path in every language.
 *
 * @example
 * eleventyConfig.addTemplate("generated/a-z.njk", "", perLocalePage(state, "a-z.njk", "a-z", "a-z.title"));
 */
export function perLocalePage(state: SiteStateRef, layout: string, slug: string, titleKey?: string): Record<string, unknown> {
  return {
    layout,
    pagination: { data: "locales", size: 1, alias: "locale" },
    permalink: (data: { locale: { code: string } }) => `/${data.locale.code}/${slug}/`,
    ...(titleKey ? { eleventyComputed: { title: (data: { locale: { code: string } }) => translate(state.get().site.dictionaries, data.locale.code, titleKey) } } : {}),
    sameInEveryLanguage: true,
    eleventyExcludeFromCollections: true,
  };
}
