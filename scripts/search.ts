// Build stage: the Pagefind index, one per language (Pagefind splits by <html lang>), written to
// <site>/pagefind/. A printable is a record of its own that leads to its print preview, never to a PDF:
// a PDF leaves the quick exit behind and may leave a file in Downloads.
import { createHash } from "node:crypto";
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { CACHE_ROOT, pruneEntries, storeEntry, touchEntry } from "./build-cache.ts";
import type { Locale } from "./eleventy/i18n/locales.ts";
import { loadSiteData } from "./eleventy/site-data.ts";
import { SEARCH_RECORDS_PATH, type PrintableRecord } from "./eleventy/search-pages.ts";
import { FORMS_FIELD, extraForms } from "./search/extra-forms.ts";
import { parseHtml } from "./html/parse.ts";
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

/** What the search stage did: each language's summary, the pages whose records it prepared afresh, and the languages Pagefind indexed again. */
export interface SearchReport {
  summaries: LanguageSummary[];
  /** URLs of the pages read and prepared afresh (their HTML changed); the others' records came from the cache. */
  prepared: string[];
  reused: number;
  /** Languages whose index Pagefind built in this run; the others' came from the cache whole. */
  indexed: string[];
}

/** One language's index inputs, in a fixed order. */
interface LanguageInputs {
  locale: Locale;
  pages: { url: string; content: string }[];
  records: pagefind.CustomRecord[];
}

/**
 * Indexes a built site in place: its pages (one index per published language), and each printable
 * and training packet (listed in /search-records.json) as a record of its own that links to its
 * print preview. Pagefind builds each language's index on its own, so a language whose pages and
 * records are unchanged is taken whole from the cache, and a page whose HTML is unchanged is not
 * read again for what to index.
 *
 * `internal` is the folder holding search-records.json: the build folder in a build, else the site,
 * where Eleventy writes it (the dev server).
 *
 * @example
 * (await buildSearchIndex("dist", "content")).summaries // → [{ code: "en", pages: 18, printables: 16, fallbacks: 0 }]
 */
export async function buildSearchIndex(site: string, content: string, cacheDir: string | false = DEFAULT_SEARCH_CACHE, internal = site): Promise<SearchReport> {
  const { locales } = loadSiteData(content);
  const prepared: string[] = [];
  const records = new PageRecords(cacheDir, prepared);
  const { summaries, languages } = gatherInputs(site, locales, path.join(internal, SEARCH_RECORDS_PATH), records);
  const bundle = path.join(site, "pagefind");
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const settings = [PAGEFIND_VERSION, process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, EXCLUDE_SELECTORS];
  const keyOf = (l: LanguageInputs) => createHash("sha256").update(JSON.stringify([...settings, l.locale.lang, l.pages, l.records])).digest("hex");
  const entries = languages.map((l) => ({ inputs: l, dir: cacheDir ? path.join(cacheDir, keyOf(l)) : undefined }));
  const stale = entries.filter((e) => !e.dir || !existsSync(e.dir));
  const fresh = path.join(path.dirname(site), `.pagefind-${process.pid}`);
  try {
    if (stale.length) await runPagefind(stale.map((e) => e.inputs), fresh);
    mkdirSync(bundle, { recursive: true });
    const languageEntries: Record<string, unknown> = {};
    let entryFile: { languages: Record<string, unknown> } & Record<string, unknown> = { languages: {} };
    for (const e of entries) {
      const from = stale.includes(e) ? storeLanguage(fresh, e.inputs.locale, e.dir) : (touchEntry(e.dir!), e.dir!);
      entryFile = JSON.parse(readFileSync(path.join(from, "pagefind-entry.json"), "utf8")) as typeof entryFile;
      Object.assign(languageEntries, entryFile.languages);
      linkTree(from, bundle);
    }
    // Pagefind lists languages in code order in one entry file; each language's files carry its code.
    const languagesInOrder = Object.fromEntries(Object.keys(languageEntries).sort().map((code) => [code, languageEntries[code]]));
    writeFileSync(path.join(bundle, "pagefind-entry.json"), JSON.stringify({ ...entryFile, languages: languagesInOrder }));
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
  if (cacheDir) pruneEntries(cacheDir);
  records.prune();
  checkCounts(bundle, locales, summaries);
  return { summaries, prepared, reused: records.reused, indexed: stale.map((e) => e.inputs.locale.code) };
}

/** The index Pagefind wrote for one language (under `fresh/<code>`), stored in the cache when there is one; returns where it now is. */
function storeLanguage(fresh: string, locale: Locale, cached: string | undefined): string {
  const written = path.join(fresh, locale.code);
  if (!cached) return written;
  storeEntry(cached, (tmp) => renameSync(written, tmp));
  return cached;
}

/** Every file under `from` into `to` as hard links (copies across file systems); a file already there (Pagefind's shared script and WebAssembly) is kept. */
function linkTree(from: string, to: string): void {
  for (const relative of readdirSync(from, { recursive: true, encoding: "utf8" })) {
    const source = path.join(from, relative);
    const target = path.join(to, relative);
    if (relative === "pagefind-entry.json" || existsSync(target)) continue;
    if (statSync(source).isDirectory()) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      linkSync(source, target);
    } catch {
      cpSync(source, target);
    }
  }
}

/** The index must hold every page and printable counted for each language. */
function checkCounts(bundle: string, locales: Locale[], summaries: LanguageSummary[]): void {
  const entry = JSON.parse(readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  const indexed = (code: string) => entry.languages[locales.find((l) => l.code === code)!.lang.toLowerCase()]?.page_count ?? 0;
  const wrong = summaries.filter((s) => s.pages === 0 || indexed(s.code) !== s.pages + s.printables);
  if (wrong.length) {
    const counts = wrong.map((s) => `${s.code}: ${indexed(s.code)} indexed, ${s.pages} pages + ${s.printables} printables expected`);
    throw new StageError(
      `The search index does not hold what it should (${counts.join("; ")}). Every page needs a data-pagefind-body element (layouts/page.njk) and the <html lang> of its language, and every printable some text.`,
    );
  }
}

/** What the search stage needs to know of one built page: read from its HTML once, then kept by the hash of that HTML and the language's rules. */
interface PageRecord {
  foreign: boolean;
  indexedBody: boolean;
  forms: string[];
}

/** Page records by content (.cache/search-pages/<hash>.json), noting which were prepared afresh. */
class PageRecords {
  reused = 0;
  private readonly dir: string | undefined;

  constructor(cacheDir: string | false, private readonly prepared: string[]) {
    this.dir = cacheDir ? `${cacheDir}-pages` : undefined;
    if (this.dir) mkdirSync(this.dir, { recursive: true });
  }

  of(url: string, html: string, locale: Locale): PageRecord {
    const rules = locale.searchExtraForms ?? [];
    const file = this.dir && path.join(this.dir, `${createHash("sha256").update(JSON.stringify([locale.lang, rules])).update(html).digest("hex")}.json`);
    if (file && existsSync(file)) {
      touchEntry(file);
      this.reused++;
      return JSON.parse(readFileSync(file, "utf8")) as PageRecord;
    }
    const doc = parseHtml(html);
    const foreign = isForeignCopy(doc, locale.lang);
    const record: PageRecord = { foreign, indexedBody: !foreign && hasIndexedBody(doc), forms: foreign ? [] : extraForms(indexedText(doc), rules) };
    this.prepared.push(url);
    if (file) {
      writeFileSync(`${file}.tmp-${process.pid}`, JSON.stringify(record));
      renameSync(`${file}.tmp-${process.pid}`, file);
    }
    return record;
  }

  prune(): void {
    if (this.dir) pruneEntries(this.dir);
  }
}

/** What goes into the index, language by language in locales.json order: pages (with their extra forms) and printable records. */
function gatherInputs(site: string, locales: Locale[], recordsFile: string, pageRecords: PageRecords): { summaries: LanguageSummary[]; languages: LanguageInputs[] } {
  const printables = JSON.parse(readFileSync(recordsFile, "utf8")) as PrintableRecord[];
  const previews = new Set(printables.map((r) => r.preview));
  const summaries: LanguageSummary[] = [];
  const languages: LanguageInputs[] = [];
  for (const locale of locales) {
    const rules = locale.searchExtraForms ?? [];
    const summary: LanguageSummary = { code: locale.code, pages: 0, printables: 0, fallbacks: 0 };
    const inputs: LanguageInputs = { locale, pages: [], records: [] };
    summaries.push(summary);
    languages.push(inputs);
    for (const file of htmlFilesUnder(path.join(site, locale.code))) {
      const url = urlOf(site, file);
      if (previews.has(url)) continue; // a printable: indexed once, as its own record
      const html = readFileSync(file, "utf8");
      const record = pageRecords.of(url, html, locale);
      if (record.foreign) {
        summary.fallbacks++;
        continue;
      }
      if (record.indexedBody) summary.pages++;
      inputs.pages.push({ url, content: record.forms.length ? withHiddenMeta(html, FORMS_FIELD, record.forms.join(" ")) : html });
    }
    for (const record of printables.filter((r) => r.code === locale.code)) {
      inputs.records.push(customRecord(record, rules));
      summary.printables++;
    }
  }
  return { summaries, languages };
}

/** Indexes each language's pages and records with Pagefind into `out/<code>/`, throwing with all of Pagefind's errors. */
async function runPagefind(languages: LanguageInputs[], out: string): Promise<void> {
  const errors: string[] = [];
  try {
    for (const { locale, pages, records } of languages) {
      const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
      errors.push(...created.errors);
      const index = created.index;
      if (!index) continue;
      for (const page of pages) errors.push(...(await index.addHTMLFile(page)).errors.map((e) => `${page.url}: ${e}`));
      for (const record of records) errors.push(...(await index.addCustomRecord(record)).errors.map((e) => `${record.meta?.preview ?? record.url}: ${e}`));
      const bundle = path.join(out, locale.code);
      errors.push(...(await index.writeFiles({ outputPath: bundle })).errors);
      for (const file of readdirSync(bundle)) if (UNUSED_BUNDLE_FILE.test(file)) rmSync(path.join(bundle, file));
      await index.deleteIndex();
    }
  } finally {
    await pagefind.close();
  }
  if (errors.length) throw new StageError(`Pagefind reported ${errors.length} error(s):\n  ${errors.join("\n  ")}`);
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
    const report = await buildSearchIndex(ctx.staging, ctx.options.content, ctx.options.cache === false ? false : DEFAULT_SEARCH_CACHE, ctx.internal);
    ctx.log(formatSummary(report.summaries, (performance.now() - started) / 1000));
    ctx.log(`  search: ${report.prepared.length} pages read afresh, ${report.reused} from the cache; Pagefind indexed ${report.indexed.join(", ") || "nothing (every language from the cache)"}`);
    ctx.report.search = { prepared: report.prepared, reused: report.reused, indexed: report.indexed };
  },
};
