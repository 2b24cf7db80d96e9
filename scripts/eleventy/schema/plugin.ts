import path from "node:path";
import { buildMemo } from "../../build-memo.ts";
import { DEFAULT_LOCALE, loadLocales } from "../i18n/locales.ts";
import { addNunjucksFilter } from "../nunjucks-filter.ts";
import { loadSiteData } from "../site-data.ts";
import type { SiteStateRef } from "../site-state.ts";
import type { EleventyConfig } from "../types.ts";
import { checkedFrontMatter, type CheckedFile } from "./checked-front-matter.ts";
import { frontMatterYaml, validateContent } from "./validate-content.ts";

/** Checks all site data and front matter before Eleventy reads anything; any problem stops the build. */
export function schemaPlugin(eleventyConfig: EleventyConfig, options: { layoutsDir: string; state: SiteStateRef }): void {
  // Languages still being prepared are listed with "published": false; their folders are not built.
  const dataDir = path.join(eleventyConfig.directories.input, "_data");
  for (const locale of loadLocales(dataDir).filter((l) => !l.published)) {
    // Eleventy matches ignores against paths relative to the working directory.
    eleventyConfig.ignores.add(path.join(path.relative(process.cwd(), eleventyConfig.directories.input), locale.code, "**"));
  }
  // Each file's front matter is parsed once, here (or not at all: the YAML as last read, if its text is
  // unchanged); Eleventy is handed the checked data for it. A failed build saves nothing.
  const yamlParses = buildMemo<object>("front-matter");
  const parseYaml = (text: string) => yamlParses.get(text, frontMatterYaml);
  eleventyConfig.on("eleventy.after", () => yamlParses.save());
  let checked = new Map<string, CheckedFile>();
  // Eleventy hands a front matter engine the file's path as `filePath`.
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: (text: string, parsing?: { filePath?: string }) => checkedFrontMatter(checked, text, parsing?.filePath) } });
  eleventyConfig.on("eleventy.before", () => {
    const inputDir = eleventyConfig.directories.input;
    const site = loadSiteData(inputDir);
    const files = validateContent(inputDir, site, options.layoutsDir, { parseYaml });
    checked = new Map(files.map((f) => [path.resolve(f.file), f]));
    options.state.set({ site, files });
  });
  // Templates see only checked data. (Eleventy's own _data loading is off: it would merge the
  // global sources.json into each page's `sources` front matter.) Nor does Eleventy read template or
  // directory data files: a stray content/en/x/x.json would reach pages unchecked (and it looked for five a page).
  eleventyConfig.setDataFileSuffixes([]);
  for (const key of ["site", "locales", "sections", "organization", "glossary", "searchStopWords"] as const) {
    eleventyConfig.addGlobalData(key, () => options.state.get().site[key]);
  }
  // The language pages are written in and translated from: layouts name it through this, never by its code.
  eleventyConfig.addGlobalData("sourceLocale", () => options.state.get().site.locales.find((l) => l.code === DEFAULT_LOCALE));
  addNunjucksFilter(eleventyConfig, "sourceById", (id: string) => options.state.get().site.sources[id]);
  eleventyConfig.addWatchTarget(path.join(options.layoutsDir, "**/*"));
}
