import path from "node:path";
import { writeFiles } from "../../write-files.ts";
import { throwIfAny } from "../content-error.ts";
import { isoDate } from "../filters/iso-date.ts";
import { pagePdf } from "../filters/page-pdf.ts";
import { DEFAULT_LOCALE } from "../i18n/locales.ts";
import { translate } from "../i18n/translate.ts";
import { addNunjucksFilter } from "../nunjucks-filter.ts";
import { perLocalePage } from "../per-locale-page.ts";
import type { SiteData } from "../site-data.ts";
import type { SiteStateRef } from "../site-state.ts";
import type { CollectionItem, EleventyConfig } from "../types.ts";
import { citationCache, type CitationCache } from "./citation-cache.ts";
import { changelogErrors, changes, lastChange, type Change } from "./changelog.ts";
import { buildPageCitation, type PageCitation } from "./page-citation.ts";

/**
 * A reference page: /<code>/<section>/<page>/ and not a printable (the URL scheme in ARCHITECTURE.md).
 *
 * @example
 * isReferencePage({ url: "/en/policy/cross-systems-collaboration/", data: {} }) // → true
 */
export function isReferencePage(item: { url: string; data: { format?: string } }): boolean {
  return !item.data.format && item.url.split("/").filter(Boolean).length === 3;
}

/**
 * The printable made from a page (the cite box links it beside the page's own PDF): a handout before a
 * pocket card, each in authored order.
 *
 * @example
 * printableOf(collections.pages, "policy-cross-systems", "en")?.url // → "/en/print/policy-brief-handout/"
 */
export function printableOf(pages: CollectionItem[], translationKey: string, code: string): CollectionItem | undefined {
  const rank = (p: CollectionItem) => (p.data.format === "handout" ? 0 : 1);
  return pages
    .filter((p) => p.data.format && p.data.webPage === translationKey && p.data.page.lang === code)
    .sort((a, b) => rank(a) - rank(b) || (a.data.order ?? 0) - (b.data.order ?? 0) || a.url.localeCompare(b.url))[0];
}

/** The pages by URL and the printables by the page and language they are made from: looked up per page, built once per collection. */
interface PageIndex {
  byUrl: Map<string, CollectionItem>;
  printables: Map<string, CollectionItem[]>;
}

const indexes = new WeakMap<CollectionItem[], PageIndex>();

/** The PageIndex of a collection (the same array for every page of one build). */
function pageIndex(pages: CollectionItem[]): PageIndex {
  let index = indexes.get(pages);
  if (index) return index;
  index = { byUrl: new Map(), printables: new Map() };
  for (const p of pages) {
    if (!index.byUrl.has(p.url)) index.byUrl.set(p.url, p);
    if (!p.data.format || !p.data.webPage) continue;
    const key = `${p.data.webPage} ${p.data.page.lang}`;
    index.printables.set(key, [...(index.printables.get(key) ?? []), p]);
  }
  indexes.set(pages, index);
  return index;
}

/** Where a printable's PDF is (beside its print page: <slug>.pdf; a handout's is its US Letter copy). */
function printableRef(siteUrl: string, printable: CollectionItem) {
  const pdf = `${printable.url.replace(/\/$/, "")}.pdf`;
  return { url: siteUrl + pdf, path: pdf, preview: printable.url, title: printable.data.title };
}

/** Citations already formatted, by everything that goes into one: in memory for the dev server, on disk between builds. */
interface Formatted {
  memory: Map<string, PageCitation>;
  disk: CitationCache;
}

/** The citation of the page at `url` (a fallback copy cites its English original), computed once per build. */
function citationOf(site: SiteData, pages: CollectionItem[], url: string, memo: Map<string, PageCitation | undefined>, list: Change[], formatted: Formatted): PageCitation | undefined {
  if (memo.has(url)) return memo.get(url);
  const { byUrl, printables } = pageIndex(pages);
  const item = byUrl.get(url);
  let citation: PageCitation | undefined;
  if (item && isReferencePage(item)) {
    const fallbackFrom = typeof item.data.fallbackFrom === "string" ? item.data.fallbackFrom : undefined;
    const subject: CollectionItem = (fallbackFrom && byUrl.get(fallbackFrom)) || item;
    const code = subject.data.page.lang ?? DEFAULT_LOCALE;
    const readerCode = item.data.page.lang ?? DEFAULT_LOCALE;
    const date = isoDate(subject.data.lastReviewed);
    const printable = printableOf(printables.get(`${subject.data.translationKey} ${code}`) ?? [], subject.data.translationKey, code);
    const input: Parameters<typeof buildPageCitation>[0] = {
      translationKey: subject.data.translationKey,
      code,
      title: subject.data.title,
      description: subject.data.description,
      siteName: translate(site.dictionaries, code, "site.name"),
      siteUrl: site.site.url,
      url: site.site.url + subject.url,
      date,
      lastChanged: lastChange(list, subject.data.translationKey, date).date,
      lang: site.locales.find((l) => l.code === code)?.lang ?? code,
      type: site.sections.find((s) => s.id === subject.data.section)?.citeAs ?? "webpage",
      pdf: { url: site.site.url + pagePdf(subject.url), path: pagePdf(subject.url), title: subject.data.title },
      ...(printable ? { printable: printableRef(site.site.url, printable) } : {}),
      sources: subject.data.sources.map((id) => ({ id, ...site.sources[id]! })),
      ...translationReview(site, subject, code),
      publisherNotStated: translate(site.dictionaries, readerCode, "source.publisherNotStated"),
    };
    const key = JSON.stringify(input);
    citation = formatted.memory.get(key) ?? formatted.disk.get(key);
    if (!citation) {
      citation = buildPageCitation(input);
      formatted.disk.set(key, citation);
    }
    formatted.memory.set(key, citation);
  }
  memo.set(url, citation);
  return citation;
}

/** A reviewed translation's reviewer, for the citation data (CSL note, BibTeX note, RIS N1, schema.org reviewedBy). */
function translationReview(site: SiteData, subject: CollectionItem, code: string) {
  const t = subject.data.translation as { status?: string; reviewedBy?: string; reviewedOn?: Date } | undefined;
  if (t?.status !== "reviewed" || !t.reviewedBy || !t.reviewedOn) return {};
  const on = isoDate(t.reviewedOn);
  return { translationReview: { by: t.reviewedBy, on, note: translate(site.dictionaries, code, "cite.translationReviewed", { name: t.reviewedBy, date: on }) } };
}

/** The three download formats: file name beside the page → the PageCitation field written into it. */
export const CITATION_FILES = { "cite.bib": "bibtex", "cite.ris": "ris", "cite.json": "cslJson" } as const;

/**
 * The citation kit: "Cite this page" data for the layouts (pageCitation), the BibTeX, RIS and CSL-JSON
 * files beside every reference page, and the changelog (its page, and each page's last change).
 */
export function citationPlugin(eleventyConfig: EleventyConfig, options: { state: SiteStateRef }): void {
  let memo = new Map<string, PageCitation | undefined>();
  let list: Change[] = [];
  const formatted: Formatted = { memory: new Map(), disk: citationCache() };
  eleventyConfig.on("eleventy.before", () => {
    const { site, files } = options.state.get();
    const file = path.join(eleventyConfig.directories.input, "_data", "changelog.json");
    throwIfAny(changelogErrors(site.changelog, files.filter((f) => f.locale === DEFAULT_LOCALE).map((f) => f.data.translationKey), file));
    list = changes(site.changelog);
    memo = new Map();
  });

  /** {% set citation = collections.pages | pageCitation(page.url) %}: undefined on anything but a reference page (registered below). */
  /** {{ translationKey | lastChange(lastReviewed) }} → { date: "YYYY-MM-DD", id: "change-…" } */
  addNunjucksFilter(eleventyConfig, "lastChange", (translationKey: string, lastReviewed: Date | string) => lastChange(list, translationKey, isoDate(lastReviewed)));
  eleventyConfig.addGlobalData("changes", () => changes(options.state.get().site.changelog));

  // The download files are written beside each reference page once the pages are built, from the citations
  // their cite boxes formatted: as templates, Eleventy would make three more pages of each (and compile each).
  let collection: CollectionItem[] = [];
  addNunjucksFilter(eleventyConfig, "pageCitation", (pages: CollectionItem[], url: string) => {
    collection = pages;
    return citationOf(options.state.get().site, pages, url, memo, list, formatted);
  });
  eleventyConfig.on("eleventy.after", () => {
    const files = collection.filter(isReferencePage).flatMap((item) => {
      const citation = citationOf(options.state.get().site, collection, item.url, memo, list, formatted)!;
      return Object.entries(CITATION_FILES).map(([name, field]) => [path.join(eleventyConfig.directories.output, item.url, name), citation[field]] as const);
    });
    writeFiles(files);
  });

  eleventyConfig.addTemplate("generated/changelog.njk", "", perLocalePage(options.state, "changelog.njk", "changelog", { title: "changelog.title", description: "changelog.intro" }));
}
