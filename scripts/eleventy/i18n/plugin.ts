import { familyStylesheet } from "../fonts.ts";
import { addNunjucksFilter } from "../nunjucks-filter.ts";
import type { SiteData } from "../site-data.ts";
import type { SiteStateRef } from "../site-state.ts";
import type { EleventyConfig, FilterContext } from "../types.ts";
import { DEFAULT_LOCALE } from "./locales.ts";
import { pageLanguage } from "./page-lang.ts";
import { translate } from "./translate.ts";

function localeOf(locales: SiteData["locales"], code: string | undefined) {
  const locale = locales.find((l) => l.code === (code ?? DEFAULT_LOCALE));
  if (!locale) throw new Error(`Unknown language "${code}": expected one of ${locales.map((l) => l.code).join(", ")} (content/_data/locales.json)`);
  return locale;
}

/**
 * t(), dir() and the BCP-47 tag for templates; page.lang itself comes with each page's data (page-lang.ts).
 * (Eleventy's I18nPlugin only knows ISO 639-1 codes; locales.json is the one list of languages here.)
 */
export function i18nPlugin(eleventyConfig: EleventyConfig, options: { state: SiteStateRef }): void {
  const site = () => options.state.get().site;
  const locale = (code: string | undefined) => localeOf(site().locales, code);

  /** {{ "nav.search" | t }} or {{ "page.lastReviewed" | t({ date: d }) }} or {{ "x" | t({}, "es") }} */
  addNunjucksFilter(eleventyConfig, "t", function (this: FilterContext, key: string, vars?: Record<string, string | number>, lang?: string) {
    return translate(site().dictionaries, lang ?? pageLanguage(this.page), key, vars);
  });
  /** The language a UI string is really in: the default one when a translation keeps it unchanged (a name such as the site's). */
  addNunjucksFilter(eleventyConfig, "tLang", function (this: FilterContext, key: string) {
    const { dictionaries } = site();
    const code = pageLanguage(this.page);
    return locale(translate(dictionaries, code, key) === translate(dictionaries, DEFAULT_LOCALE, key) ? DEFAULT_LOCALE : code).lang;
  });
  addNunjucksFilter(eleventyConfig, "dir", (code: string) => locale(code).dir);
  addNunjucksFilter(eleventyConfig, "bcp47", (code: string) => locale(code).lang);
  addNunjucksFilter(eleventyConfig, "localeLabel", (code: string) => locale(code).label);
  /** {{ code | paperFontStylesheets }}: the stylesheets of the self-hosted families the paper embeds (before hashing). */
  addNunjucksFilter(eleventyConfig, "paperFontStylesheets", (code: string) => locale(code).fonts.map(familyStylesheet));
}
