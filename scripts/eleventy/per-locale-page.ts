import { translate } from "./i18n/translate.ts";
import type { SiteStateRef } from "./site-state.ts";
import { withPageLang } from "./i18n/page-lang.ts";

/**
 * Template data for a page made once per language at /<code>/<slug>/ (search, A–Z, printables
 * catalog, changelog, translation status), its title and meta description from UI strings.
 * `sameInEveryLanguage` tells the language switcher and the hreflang alternates that the same page
 * exists at that path in every language.
 *
 * @example
 * eleventyConfig.addTemplate("generated/a-z.njk", "", perLocalePage(state, "a-z.njk", "a-z", { title: "a-z.title", description: "a-z.intro" }));
 */
export function perLocalePage(state: SiteStateRef, layout: string, slug: string, keys: { title?: string; description: string }): Record<string, unknown> {
  const t = (key: string) => (data: { locale: { code: string } }) => translate(state.get().site.dictionaries, data.locale.code, key);
  return withPageLang(state, {
    layout,
    pagination: { data: "locales", size: 1, alias: "locale" },
    permalink: (data: { locale: { code: string } }) => `/${data.locale.code}/${slug}/`,
    eleventyComputed: { ...(keys.title ? { title: t(keys.title) } : {}), description: t(keys.description) },
    sameInEveryLanguage: true,
    eleventyExcludeFromCollections: true,
  });
}
