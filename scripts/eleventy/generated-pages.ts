import type { SiteStateRef } from "./site-state.ts";
import type { EleventyConfig } from "./types.ts";
import { perLocalePage } from "./per-locale-page.ts";

/**
 * Pages made from data rather than written: the root language chooser, the 404
 * page, and one printables catalog per language (paginated over locales.json).
 */
export function generatedPagesPlugin(eleventyConfig: EleventyConfig, options: { state: SiteStateRef }): void {
  eleventyConfig.addGlobalData("sourceList", () => Object.entries(options.state.get().site.sources).map(([id, source]) => ({ id, ...source })));
  eleventyConfig.addTemplate("generated/chooser.njk", "", { layout: "chooser.njk", permalink: "/", eleventyExcludeFromCollections: true });
  eleventyConfig.addTemplate("generated/404.njk", "", { layout: "not-found.njk", permalink: "/404.html", eleventyExcludeFromCollections: true });
  eleventyConfig.addTemplate("generated/print-catalog.njk", "", perLocalePage(options.state, "print-catalog.njk", "print"));
}
