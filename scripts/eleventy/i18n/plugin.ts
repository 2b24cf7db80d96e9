import { I18nPlugin } from "@11ty/eleventy";
import { siteState } from "../site-state.ts";
import type { EleventyConfig, FilterContext } from "../types.ts";
import { DEFAULT_LOCALE } from "./locales.ts";
import { translate } from "./translate.ts";

function localeOf(code: string | undefined) {
  const { locales } = siteState().site;
  const locale = locales.find((l) => l.code === (code ?? DEFAULT_LOCALE));
  if (!locale) throw new Error(`Unknown language "${code}": expected one of ${locales.map((l) => l.code).join(", ")} (content/_data/locales.json)`);
  return locale;
}

/** page.lang from the URL (Eleventy's I18nPlugin), plus t(), dir() and the BCP-47 tag for templates. */
export function i18nPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPlugin(I18nPlugin, { defaultLanguage: DEFAULT_LOCALE, errorMode: "never" });

  /** {{ "nav.search" | t }} or {{ "page.lastReviewed" | t({ date: d }) }} or {{ "x" | t({}, "es") }} */
  eleventyConfig.addFilter("t", function (this: FilterContext, key: string, vars?: Record<string, string | number>, lang?: string) {
    return translate(siteState().site.dictionaries, lang ?? this.page?.lang ?? DEFAULT_LOCALE, key, vars);
  });
  eleventyConfig.addFilter("dir", (code: string) => localeOf(code).dir);
  eleventyConfig.addFilter("bcp47", (code: string) => localeOf(code).lang);
  eleventyConfig.addFilter("localeFonts", (code: string) => localeOf(code).fonts);
}
