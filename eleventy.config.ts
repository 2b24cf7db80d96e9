import path from "node:path";
import { fileURLToPath } from "node:url";
import { citationPlugin } from "./scripts/eleventy/citation/plugin.ts";
import { collectionsPlugin } from "./scripts/eleventy/collections.ts";
import { filtersPlugin } from "./scripts/eleventy/filters/plugin.ts";
import { generatedPagesPlugin } from "./scripts/eleventy/generated-pages.ts";
import { hashedAssetsPlugin, hashedAssetsRef } from "./scripts/eleventy/hashed-assets.ts";
import { i18nPlugin } from "./scripts/eleventy/i18n/plugin.ts";
import { translationsPlugin } from "./scripts/eleventy/i18n/translations-plugin.ts";
import { markdownPlugin } from "./scripts/eleventy/markdown/plugin.ts";
import { packetBuilderPlugin } from "./scripts/eleventy/packet-builder.ts";
import { paperFontsPlugin } from "./scripts/eleventy/paper-fonts.ts";
import { printablesPlugin } from "./scripts/eleventy/printables.ts";
import { printEditionsPlugin } from "./scripts/eleventy/print-editions.ts";
import { schemaPlugin } from "./scripts/eleventy/schema/plugin.ts";
import { searchPagesPlugin } from "./scripts/eleventy/search-pages.ts";
import { securityPlugin } from "./scripts/eleventy/security.ts";
import { siteStateRef } from "./scripts/eleventy/site-state.ts";
import type { EleventyConfig } from "./scripts/eleventy/types.ts";

const root = path.dirname(fileURLToPath(import.meta.url));
const layoutsDir = path.join(root, "layouts");

export default function (eleventyConfig: EleventyConfig) {
  // Layouts live beside content/, and fixtures build other content folders with the same layouts.
  eleventyConfig.setLayoutsDirectory(path.relative(eleventyConfig.directories.input, layoutsDir));
  eleventyConfig.setIncludesDirectory(path.relative(eleventyConfig.directories.input, layoutsDir));

  // This build's checked site data: loaded by the schema plugin, handed to each plugin that reads it.
  const state = siteStateRef();
  // The content-hashed asset names, made before the pages render: templates and the print manifest name them.
  const assets = hashedAssetsRef();
  eleventyConfig.addPlugin(schemaPlugin, { layoutsDir, state });
  eleventyConfig.addPlugin(i18nPlugin, { state });
  eleventyConfig.addPlugin(translationsPlugin, { state });
  eleventyConfig.addPlugin(markdownPlugin, { assets });
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(collectionsPlugin);
  eleventyConfig.addPlugin(securityPlugin);
  eleventyConfig.addPlugin(hashedAssetsPlugin, { root, state, assets });
  eleventyConfig.addPlugin(generatedPagesPlugin, { state });
  eleventyConfig.addPlugin(printablesPlugin, { state, assets });
  eleventyConfig.addPlugin(printEditionsPlugin, { state });
  eleventyConfig.addPlugin(packetBuilderPlugin, { state, assets });
  eleventyConfig.addPlugin(paperFontsPlugin, { state, assets });
  eleventyConfig.addPlugin(searchPagesPlugin, { state });
  eleventyConfig.addPlugin(citationPlugin, { state });

  eleventyConfig.addGlobalData("layout", "page.njk");
  eleventyConfig.ignores.add(path.join(path.relative(process.cwd(), eleventyConfig.directories.input), "**/README.md"));
  eleventyConfig.setServerOptions({ domDiffing: false });
}

export const config = {
  // input and output come from the caller (scripts/build.ts, or npm start), so fixtures can build elsewhere.
  dir: { data: "_data/.not-loaded-by-eleventy" },
  templateFormats: ["md", "njk"],
  // Content is data, never code: Markdown is not run through a template engine.
  markdownTemplateEngine: false as const,
  htmlTemplateEngine: "njk",
};
