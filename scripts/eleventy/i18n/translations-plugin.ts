import { readdirSync } from "node:fs";
import path from "node:path";
import { layoutOf } from "../layout-of.ts";
import { perLocalePage } from "../per-locale-page.ts";
import type { SiteStateRef } from "../site-state.ts";
import type { EleventyConfig } from "../types.ts";
import { DEFAULT_LOCALE } from "./locales.ts";
import { withPageLang } from "./page-lang.ts";
import { pageUnits } from "../../i18n/units.ts";
import { buildMemo } from "../../build-memo.ts";
import { behindMarks } from "../markdown/behind-marks.ts";
import { translate } from "./translate.ts";
import { englishUnits, statusMatrix, unitWords, type EnglishUnit, type StatusRow } from "./translation-state.ts";
import { addNunjucksFilter } from "../nunjucks-filter.ts";

interface FallbackPage {
  code: string;
  row: StatusRow;
  url: string;
}

/** The URL a content file is built at: /<code>/<path without .md>/ (index.md → its folder). */
function urlFor(code: string, relative: string): string {
  const stem = relative.replace(/\.md$/, "").replace(/(^|\/)index$/, "");
  return `/${code}/${stem ? stem + "/" : ""}`;
}

/** The parts of a translated page that are behind the English: id, whether it is a body block, and its words in the translation. */
function behindParts(row: StatusRow, code: string, state: SiteStateRef): { id: string; inBody: boolean; text: string }[] {
  const ids = row.behind[code] ?? [];
  if (!ids.length) return [];
  const translated = state.get().files.find((f) => f.locale === code && f.data.translationKey === row.translationKey);
  const units = translated ? pageUnits(translated.text) : [];
  return ids.map((id) => {
    const own = units.find((u) => u.id === id);
    const words = own ? unitWords(own) : row.englishUnits.find((u) => u.id === id)!.words;
    // Linked where the paragraph stands on this page; one the translation lacks is named, not linked.
    return { id, inBody: Boolean(own) && !id.startsWith("meta."), text: words.length > 90 ? `${words.slice(0, 88).trimEnd()}…` : words };
  });
}

/**
 * Translation status for templates, and fallback pages: a page missing in a
 * language is still built at its URL from the English text, marked as such.
 */
export function translationsPlugin(eleventyConfig: EleventyConfig, options: { state: SiteStateRef }): void {
  let matrix: StatusRow[] = [];
  // Rows by translation key: asked for on every page (and every Markdown render), looked up, not searched.
  let rowOf = new Map<string, StatusRow>();
  // Each English page's units, parsed once and kept between builds: the same text has the same units.
  const units = buildMemo<EnglishUnit[]>("translation-units");
  eleventyConfig.on("eleventy.before", () => {
    const { site, files } = options.state.get();
    matrix = statusMatrix(files, site.locales.map((l) => l.code), (text) => units.get(text, englishUnits));
    rowOf = new Map(matrix.map((r) => [r.translationKey, r]));
  });
  eleventyConfig.on("eleventy.after", () => units.save());

  eleventyConfig.addGlobalData("translationMatrix", () => matrix);
  eleventyConfig.addGlobalData("fallbackPages", (): FallbackPage[] =>
    matrix.flatMap((row) =>
      Object.entries(row.status)
        .filter(([, status]) => status === "missing")
        .map(([code]) => ({ code, row, url: urlFor(code, row.english.relative) })),
    ),
  );

  /**
   * {{ translationKey | translationState(page.lang) }} → { status, englishUrl, englishReviewed, behind }: `behind` lists the
   * parts whose English changed since they were translated, each with its id (a heading, paragraph or list item) and its words here.
   */
  addNunjucksFilter(eleventyConfig, "translationState", (translationKey: string, code: string) => {
    const row = rowOf.get(translationKey);
    if (!row) return undefined;
    return { status: row.status[code], englishUrl: urlFor(DEFAULT_LOCALE, row.english.relative), englishReviewed: row.english.data.lastReviewed, behind: behindParts(row, code, options.state) };
  });
  /** Each changed paragraph is marked where it stands (web pages; a printable's panels are left as they are, its page lists them). */
  eleventyConfig.amendLibrary("md", (md) =>
    md.use(behindMarks, {
      lookup: (env: { translationKey?: string; format?: string; page?: { lang?: string } }) => {
        const row = (env.translationKey === undefined ? undefined : rowOf.get(env.translationKey));
        const code = env.page?.lang;
        if (!row || !code || env.format || !row.behind[code]?.length) return undefined;
        const { site } = options.state.get();
        return { ids: row.behind[code]!, label: translate(site.dictionaries, code, "translation.behindMark"), englishUrl: urlFor(DEFAULT_LOCALE, row.english.relative), englishLang: site.locales.find((l) => l.code === DEFAULT_LOCALE)!.lang };
      },
    }),
  );

  // Eleventy cannot compute a layout, so there is one fallback template per layout, each taking its pages.
  const data = (key: string) => (d: { fallback: FallbackPage }) => d.fallback.row.english.data[key as keyof typeof d.fallback.row.english.data];
  const layoutsDir = eleventyConfig.directories.layouts ?? eleventyConfig.directories.includes;
  for (const layout of readdirSync(layoutsDir).filter((f) => f.endsWith(".njk"))) {
    eleventyConfig.addTemplate(`generated/fallback-${layout}`, "{{ fallback.row.english.body | renderMarkdown(fallback.row.english.file) | safe }}", withPageLang(options.state, {
      layout,
      pagination: { data: "fallbackPages", size: 1, alias: "fallback", addAllPagesToCollections: true, before: (items: FallbackPage[]) => items.filter((f) => layoutOf(f.row.english.data) === layout) },
      permalink: (d: { fallback: FallbackPage }) => d.fallback.url,
      eleventyComputed: {
        ...Object.fromEntries(["title", "description", "section", "order", "audience", "sources", "translationKey", "lastReviewed", "format", "subtitle", "pages", "webPage"].map((k) => [k, data(k)])),
        fallbackFrom: (d: { fallback: FallbackPage }) => urlFor(DEFAULT_LOCALE, d.fallback.row.english.relative),
      },
    }));
  }
  // For reviewers: every page's state in every language (it was /<code>/translation-status/, linked only from the footer).
  eleventyConfig.addTemplate("generated/translation-status.njk", "", perLocalePage(options.state, "translation-status.njk", "about/translations", { title: "translation.statusTitle", description: "translation.statusIntro" }));
  eleventyConfig.addWatchTarget(path.join(eleventyConfig.directories.input, "**/*.md"));
}
