// The one data source every citation is made from: a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).

export interface CslItem {
  id: string;
  type: "webpage" | "report";
  title: string;
  author?: { literal: string }[];
  "container-title"?: string;
  publisher?: string;
  /** [[year, month, day]], [[year, month]] or [[year]]. */
  issued?: { "date-parts": [number[]] };
  URL?: string;
  language?: string;
  abstract?: string;
  /** A reviewed translation: who reviewed it and when, in the page's language. */
  note?: string;
}

export interface PageItemInput {
  /** translationKey and locale code: the item id is `afg-<key>-<code>`. */
  translationKey: string;
  code: string;
  title: string;
  description: string;
  /** The organisational author and publisher: this site's name. */
  siteName: string;
  /** The page's absolute URL. */
  url: string;
  /** YYYY-MM-DD: the page's last-reviewed date. */
  date: string;
  /** BCP-47 tag of the page's language. */
  lang: string;
  type: "webpage" | "report";
  /** A reviewed translation's reviewer and review date (YYYY-MM-DD), and the sentence that says so in the page's language. */
  translationReview?: { by: string; on: string; note: string };
}

/** YYYY-MM-DD as CSL date parts. */
export function dateParts(iso: string): number[] {
  return iso.split("-").map(Number);
}

/**
 * The CSL-JSON item of one of this site's pages: the site as organisational author; a web page
 * is part of the site, a report is published by it.
 *
 * @example
 * pageItem({ translationKey: "tips", code: "en", title: "Tips", description: "…", siteName: "Advocate Field Guide",
 *   url: "https://x.example/en/a/tips/", date: "2026-11-23", lang: "en", type: "webpage" }).issued
 * // → { "date-parts": [[2026, 11, 23]] }
 */
export function pageItem(input: PageItemInput): CslItem {
  return {
    id: `afg-${input.translationKey}-${input.code}`,
    type: input.type,
    title: input.title,
    author: [{ literal: input.siteName }],
    ...(input.type === "report" ? { publisher: input.siteName } : { "container-title": input.siteName }),
    issued: { "date-parts": [dateParts(input.date)] },
    URL: input.url,
    language: input.lang,
    abstract: input.description,
    ...(input.translationReview ? { note: input.translationReview.note } : {}),
  };
}

export interface SourceDetails {
  title: string;
  container: string | null;
  publisher: string | null;
  publisherKnown: boolean;
  year: number | null;
  url: string | null;
  type: "webpage" | "report";
}

/**
 * The CSL-JSON item of a source document from sources.json, saying "publisher not stated" (in the
 * reader's language) where it is not, with what the text does show in brackets.
 *
 * @example
 * sourceItem("cross-systems-brief", { title: "Cross-systems…", container: null, publisher: "ctccfv.org (Connecticut)",
 *   publisherKnown: false, year: null, url: "https://ctccfv.org/", type: "report" }, "publisher not stated").publisher
 * // → "[publisher not stated; ctccfv.org (Connecticut)]"
 */
export function sourceItem(id: string, source: SourceDetails, publisherNotStated: string): CslItem {
  const publisher = source.publisherKnown && source.publisher ? source.publisher : `[${publisherNotStated}${source.publisher ? `; ${source.publisher}` : ""}]`;
  return {
    id: `source-${id}`,
    type: source.type,
    title: source.title,
    ...(source.container ? { "container-title": source.container } : {}),
    publisher,
    ...(source.year ? { issued: { "date-parts": [[source.year]] as [number[]] } } : {}),
    ...(source.url ? { URL: source.url } : {}),
  };
}
