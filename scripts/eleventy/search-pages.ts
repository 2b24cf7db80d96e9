import { asSentences, markdownText } from "../search/page-text.ts";
import { printablesOf } from "./filters/printables-of.ts";
import { searchWords } from "./filters/search-words.ts";
import { translate } from "./i18n/translate.ts";
import { packetUrl, type PrintPacket } from "./printables.ts";
import { AUDIENCES, FORMATS } from "./schema/front-matter.ts";
import { addNunjucksFilter } from "./nunjucks-filter.ts";
import { perLocalePage } from "./per-locale-page.ts";
import type { SiteData } from "./site-data.ts";
import type { SiteStateRef } from "./site-state.ts";
import type { CollectionItem, EleventyConfig } from "./types.ts";

/** Resource types, as search filters and results name them: web pages, the printable formats, training packets. */
export const RESOURCE_TYPES = ["page", ...FORMATS, "packet"] as const;

/** The UI string naming a resource type (printables reuse the print catalog's names). */
export const resourceTypeKey = (type: string): string => (type === "page" ? "search.type.page" : `print.format.${type}`);

/** Where the search stage (scripts/search.ts) finds the printables to index as records of their own. */
export const SEARCH_RECORDS_PATH = "/search-records.json";

/** One printable the search index lists as a result of its own. */
export interface PrintableRecord {
  code: string;
  /** BCP-47 tag of its language (the index it goes in). */
  lang: string;
  type: string;
  title: string;
  section: string;
  audience: string[];
  /** Section and type as that language names them, for the result line. */
  sectionLabel: string;
  typeLabel: string;
  /** The print page (HTML preview, with the downloads): where a search result leads. */
  preview: string;
  /** What it says: the printable's own Markdown as text; a packet's summary and contents. */
  text: string;
  /** Readers' own words for it (front matter keywords), space-separated words; searchable, never in an excerpt. */
  keywords?: string;
}

/** A line of the A–Z index. */
export interface IndexEntry {
  url: string;
  title: string;
  section: string;
  type: string;
}

const isOwn = (p: CollectionItem, code: string) => p.data.page.lang === code && !p.data.fallbackFrom;

/**
 * Every printable and training packet of every language, with what search needs to list it.
 * English stand-ins for untranslated printables are left out (they are not that language's text).
 *
 * @example
 * printableRecords(site, collections.pages, printPackets)[0] // → { code: "en", type: "handout", preview: "/en/print/advocate-tips-handout/", … }
 */
export function printableRecords(site: SiteData, pages: CollectionItem[], packets: PrintPacket[]): PrintableRecord[] {
  const t = (code: string, key: string, vars?: Record<string, string>) => translate(site.dictionaries, code, key, vars);
  const lang = (code: string) => site.locales.find((l) => l.code === code)?.lang ?? code;
  const record = (code: string, type: string, fields: Pick<PrintableRecord, "title" | "section" | "audience" | "preview" | "text" | "keywords">): PrintableRecord => ({
    code,
    lang: lang(code),
    type,
    ...fields,
    sectionLabel: t(code, `section.${fields.section}`),
    typeLabel: t(code, resourceTypeKey(type)),
  });

  const records = pages
    .filter((p) => p.data.format && isOwn(p, p.data.page.lang ?? ""))
    .map((p) =>
      record(p.data.page.lang!, p.data.format!, {
        title: p.data.title,
        section: p.data.section,
        audience: p.data.audience,
        preview: p.url,
        text: markdownText([p.data.subtitle ?? "", String((p.data.page as { rawInput?: string }).rawInput ?? "")].join("\n\n")),
        keywords: searchWords((p.data.keywords as string[] | undefined) ?? [], lang(p.data.page.lang!)),
      }),
    );
  for (const packet of packets) {
    // A packet of only English fallback copies is English text: leave it out of this language's index.
    const handouts = printablesOf(pages, packet.code, packet.section, "handout");
    if (!handouts.some((h) => isOwn(h, packet.code))) continue;
    records.push(
      record(packet.code, "packet", {
        title: t(packet.code, "print.packet.title", { section: t(packet.code, `section.${packet.section}`) }),
        section: packet.section,
        audience: AUDIENCES.filter((a) => handouts.some((h) => h.data.audience.includes(a))),
        preview: packetUrl(packet),
        text: asSentences([t(packet.code, `section.${packet.section}.summary`), ...handouts.map((h) => h.data.title)]),
      }),
    );
  }
  return records;
}

/**
 * Every page of one language, training packets included, sorted by title as readers of that
 * language sort (Intl.Collator).
 *
 * @example
 * alphabetical(collections.pages, printPackets, "en", "en", site.dictionaries).map((e) => e.title) // → ["About this guide", "Advocate Field Guide", …]
 */
export function alphabetical(pages: CollectionItem[], packets: PrintPacket[], code: string, bcp47: string, dictionaries: SiteData["dictionaries"]): IndexEntry[] {
  const collator = new Intl.Collator(bcp47, { sensitivity: "base", numeric: true });
  const t = (key: string, vars?: Record<string, string>) => translate(dictionaries, code, key, vars);
  const entries: IndexEntry[] = pages
    .filter((p) => p.data.page.lang === code)
    .map((p) => ({ url: p.url, title: p.data.title, section: p.data.section, type: p.data.format ?? "page" }));
  for (const packet of packets.filter((p) => p.code === code && printablesOf(pages, code, p.section, "handout").length)) {
    const title = t("print.packet.title", { section: t(`section.${packet.section}`) });
    entries.push({ url: packetUrl(packet), title, section: packet.section, type: "packet" });
  }
  return entries.sort((a, b) => collator.compare(a.title, b.title) || a.url.localeCompare(b.url));
}

export interface SearchFacets {
  sections: string[];
  audiences: string[];
  types: string[];
}

/**
 * The filter values the search page offers in one language: only those its own pages, printables
 * and packets carry, sections in menu order, audiences and types in the schema's order.
 *
 * @example
 * searchFacets(collections.pages, printPackets, "en", sections) // → { sections: ["families-in-contact", …], audiences: ["advocates", …], types: ["page", "pocket-card", "handout", "packet"] }
 */
export function searchFacets(pages: CollectionItem[], packets: PrintPacket[], code: string, sections: { id: string; order: number }[]): SearchFacets {
  const own = pages.filter((p) => isOwn(p, code));
  const types = [...own.map((p) => p.data.format ?? "page"), ...(packets.some((p) => p.code === code) ? ["packet"] : [])];
  const keep = (order: readonly string[], present: string[]) => order.filter((value) => present.includes(value));
  return {
    sections: keep([...sections].sort((a, b) => a.order - b.order).map((s) => s.id), own.map((p) => p.data.section)),
    audiences: keep(AUDIENCES, own.flatMap((p) => p.data.audience)),
    types: keep(RESOURCE_TYPES, types),
  };
}

/**
 * The search page and the A–Z index of every page, one of each per language (paginated over
 * locales.json), the filters their layouts use, and /search-records.json for the search stage.
 */
export function searchPagesPlugin(eleventyConfig: EleventyConfig, options: { state: SiteStateRef }): void {
  const site = () => options.state.get().site;
  addNunjucksFilter(eleventyConfig, "alphabetical", (pages: CollectionItem[], packets: PrintPacket[], code: string, bcp47: string) => alphabetical(pages, packets, code, bcp47, site().dictionaries));
  addNunjucksFilter(eleventyConfig, "searchFacets", searchFacets);
  addNunjucksFilter(eleventyConfig, "printableRecords", (pages: CollectionItem[], packets: PrintPacket[]) => printableRecords(site(), pages, packets));
  addNunjucksFilter(eleventyConfig, "resourceTypeKey", resourceTypeKey);
  eleventyConfig.addTemplate("generated/search.njk", "", { ...perLocalePage(options.state, "search.njk", "search", { title: "search.title", description: "search.description" }), searchPage: true });
  eleventyConfig.addTemplate("generated/a-z.njk", "", perLocalePage(options.state, "a-z.njk", "a-z", { title: "a-z.title", description: "a-z.intro" }));
  eleventyConfig.addTemplate("generated/search-records.njk", "{{ collections.pages | printableRecords(printPackets) | dump | safe }}", {
    permalink: SEARCH_RECORDS_PATH,
    layout: false,
    eleventyExcludeFromCollections: true,
  });
}
