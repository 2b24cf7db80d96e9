// Build stage: the Pagefind index, one per language (Pagefind splits by <html lang>), written to
// <site>/pagefind/. A printable is a record of its own that leads to its print preview, never to a PDF:
// a PDF leaves the quick exit behind and may leave a file in Downloads.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { CACHE_ROOT, pruneEntries, storeEntry, touchEntry } from "./build-cache.ts";
import type { Locale } from "./eleventy/i18n/locales.ts";
import { loadSiteData } from "./eleventy/site-data.ts";
import { SEARCH_RECORDS_PATH, type PrintableRecord } from "./eleventy/search-pages.ts";
import { FORMS_FIELD, extraForms } from "./search/extra-forms.ts";
import { asSentences, hasIndexedBody, indexedText, isForeignCopy, withHiddenMeta } from "./search/page-text.ts";
import { StageError, type Stage } from "./stage.ts";

/**
 * Index chunk size, in Pagefind's own unit (word locations). The default makes chunks of 30–80 KB, most of
 * which a first query downloads; at 3000 a first search is 83–90 KB in every language (npm run bench --
 * search). Smaller chunks load less but rank worse: Pagefind loads the chunks of the word as typed, not of
 * its stem, so occurrences past a boundary go uncounted (a test query lost its page at 1000). Pagefind
 * reads it from the environment of the indexing process it starts (pinned version: the option is marked
 * unstable).
 */
const INDEX_CHUNK_SIZE = "3000";

/** Built indexes by a hash of everything that goes into them (a no-op rebuild skips Pagefind). */
export const DEFAULT_SEARCH_CACHE = path.join(CACHE_ROOT, "search");
/** Pagefind's version, from its package.json (not among the package's exports: found beside its entry point). */
const PAGEFIND_VERSION = (() => {
  for (let dir = path.dirname(fileURLToPath(import.meta.resolve("pagefind"))); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  }
  throw new Error("pagefind's package.json not found");
})();

/** Never indexed, even if a layout someday puts them inside data-pagefind-body. */
const EXCLUDE_SELECTORS = ["nav", "footer", ".quick-exit", ".sources-box"];

/** Pagefind also writes its ready-made UIs; the site uses its own CSP-clean one (assets/js/search-page.js). */
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface LanguageSummary {
  code: string;
  /** Web pages in this language's index. */
  pages: number;
  /** Printables in it, as custom records. */
  printables: number;
  /** Pages under /<code>/ left out as English fallback copies. */
  fallbacks: number;
}

const urlOf = (site: string, file: string) => "/" + path.relative(site, file).split(path.sep).join("/").replace(/(^|\/)index\.html$/, "$1");
const htmlFilesUnder = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).sort().map((f) => path.join(dir, f)) : [];

/**
 * Indexes a built site in place: its pages (one index per published language), and each printable
 * and training packet (listed in /search-records.json) as a record of its own that links to its
 * print preview.
 *
 * `internal` is the folder holding search-records.json: the build folder in a build, else the site,
 * where Eleventy writes it (the dev server).
 *
 * @example
 * await buildSearchIndex("dist", "content") // → [{ code: "en", pages: 18, printables: 16, fallbacks: 0 }]
 */
export async function buildSearchIndex(site: string, content: string, cacheDir: string | false = DEFAULT_SEARCH_CACHE, internal = site): Promise<LanguageSummary[]> {
  const { locales } = loadSiteData(content);
  const { summaries, pages, records } = gatherInputs(site, locales, path.join(internal, SEARCH_RECORDS_PATH));
  const bundle = path.join(site, "pagefind");
  // The same pages and records, the same Pagefind and settings: the same index (two builds are byte-identical).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const settings = [PAGEFIND_VERSION, process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, EXCLUDE_SELECTORS];
  const key = createHash("sha256").update(JSON.stringify([...settings, pages, records])).digest("hex");
  const cached = cacheDir ? path.join(cacheDir, key) : undefined;
  if (cached && existsSync(cached)) {
    cpSync(cached, bundle, { recursive: true });
    touchEntry(cached);
  } else {
    await runPagefind(pages, records, bundle);
    if (cached) storeEntry(cached, (tmp) => cpSync(bundle, tmp, { recursive: true }));
  }
  if (cacheDir) pruneEntries(cacheDir);

  // Pagefind must have indexed, in each language, exactly the pages and printables handed to it.
  const entry = JSON.parse(readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  const indexed = (code: string) => entry.languages[locales.find((l) => l.code === code)!.lang.toLowerCase()]?.page_count ?? 0;
  const wrong = summaries.filter((s) => s.pages === 0 || indexed(s.code) !== s.pages + s.printables);
  if (wrong.length) {
    const counts = wrong.map((s) => `${s.code}: ${indexed(s.code)} indexed, ${s.pages} pages + ${s.printables} printables expected`);
    throw new StageError(
      `The search index does not hold what it should (${counts.join("; ")}). Every page needs a data-pagefind-body element (layouts/page.njk) and the <html lang> of its language, and every printable some text.`,
    );
  }
  return summaries;
}

/** What goes into the index, in a fixed order: each language's pages (with their extra forms) and printable records. */
function gatherInputs(site: string, locales: Locale[], recordsFile: string): { summaries: LanguageSummary[]; pages: { url: string; content: string }[]; records: pagefind.CustomRecord[] } {
  const printables = JSON.parse(readFileSync(recordsFile, "utf8")) as PrintableRecord[];
  const previews = new Set(printables.map((r) => r.preview));
  const summaries: LanguageSummary[] = [];
  const pages: { url: string; content: string }[] = [];
  const records: pagefind.CustomRecord[] = [];
  for (const locale of locales) {
    const rules = locale.searchExtraForms ?? [];
    const summary: LanguageSummary = { code: locale.code, pages: 0, printables: 0, fallbacks: 0 };
    summaries.push(summary);
    for (const file of htmlFilesUnder(path.join(site, locale.code))) {
      if (previews.has(urlOf(site, file))) continue; // a printable: indexed once, as its own record
      let html = readFileSync(file, "utf8");
      if (isForeignCopy(html, locale.lang)) {
        summary.fallbacks++;
        continue;
      }
      if (hasIndexedBody(html)) summary.pages++;
      const forms = extraForms(indexedText(html), rules);
      if (forms.length) html = withHiddenMeta(html, FORMS_FIELD, forms.join(" "));
      pages.push({ url: urlOf(site, file), content: html });
    }
    for (const record of printables.filter((r) => r.code === locale.code)) {
      records.push(customRecord(record, rules));
      summary.printables++;
    }
  }
  return { summaries, pages, records };
}

/** Indexes the pages and records with Pagefind and writes the bundle, throwing with all of Pagefind's errors. */
async function runPagefind(pages: { url: string; content: string }[], records: pagefind.CustomRecord[], bundle: string): Promise<void> {
  const errors: string[] = [];
  try {
    const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    errors.push(...created.errors);
    const index = created.index;
    if (index) {
      // One at a time, in order: Pagefind numbers pages as they arrive, and its files follow from the numbers.
      for (const page of pages) errors.push(...(await index.addHTMLFile(page)).errors.map((e) => `${page.url}: ${e}`));
      for (const record of records) errors.push(...(await index.addCustomRecord(record)).errors.map((e) => `${record.meta?.preview ?? record.url}: ${e}`));
      errors.push(...(await index.writeFiles({ outputPath: bundle })).errors);
    }
  } finally {
    await pagefind.close();
  }
  if (errors.length) throw new StageError(`Pagefind reported ${errors.length} error(s):\n  ${errors.join("\n  ")}`);
  for (const file of readdirSync(bundle)) if (UNUSED_BUNDLE_FILE.test(file)) rmSync(path.join(bundle, file));
}

/** A printable as a Pagefind custom record: its text, linked to its print preview (which offers the PDFs), filtered like pages. */
function customRecord(record: PrintableRecord, rules: readonly string[]): pagefind.CustomRecord {
  const forms = extraForms(`${record.title} ${record.text}`, rules);
  return {
    url: record.preview,
    // Title and type lead the text: meta fields are searchable too, but Pagefind does not segment them (Chinese).
    content: `${asSentences([record.title, record.typeLabel])} ${record.text}`,
    // Pagefind keys its indexes by the lowercased <html lang>; a record must use the same key.
    language: record.lang.toLowerCase(),
    meta: {
      title: record.title,
      section: record.sectionLabel,
      // Searchable too, so "pocket card" or "handout" finds printables without the words showing in excerpts.
      kind: record.typeLabel,
      preview: record.preview,
      ...(record.keywords ? { keywords: record.keywords } : {}),
      ...(forms.length ? { [FORMS_FIELD]: forms.join(" ") } : {}),
    },
    filters: { section: [record.section], audience: record.audience, type: [record.type] },
  };
}

/** One line per language for the build log. */
export function formatSummary(summaries: LanguageSummary[], seconds: number): string {
  const parts = summaries.map((s) => `${s.code} ${s.pages} pages + ${s.printables} printables${s.fallbacks ? ` (${s.fallbacks} fallback copies left out)` : ""}`);
  const total = summaries.reduce((n, s) => n + s.pages + s.printables, 0);
  return `  search: indexed ${total} in ${seconds.toFixed(1)} s — ${parts.join("; ")}`;
}

export const searchStage: Stage = {
  name: "search",
  optional: "search",
  async run(ctx) {
    const started = performance.now();
    const summaries = await buildSearchIndex(ctx.staging, ctx.options.content, ctx.options.cache === false ? false : DEFAULT_SEARCH_CACHE, ctx.internal);
    ctx.log(formatSummary(summaries, (performance.now() - started) / 1000));
  },
};
