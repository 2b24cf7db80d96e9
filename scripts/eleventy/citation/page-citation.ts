import { pageItem, sourceItem, type CslItem, type PageItemInput, type SourceDetails } from "./csl.ts";
import { formatApa, toBibtex, toCslJson, toRis, type Formatted } from "./engine.ts";
import { formatChicago, formatMla } from "./styles.ts";

export interface CitedSource extends SourceDetails {
  id: string;
}

export interface PdfRef {
  /** Absolute URL of the PDF (the print stage makes it; the URL is known before). */
  url: string;
  /** The same as a site path, e.g. /en/print/policy-brief-handout.pdf. */
  path: string;
  title: string;
}

export interface PrintableRef extends PdfRef {
  /** The printable's print page (HTML preview), which exists with or without the print stage. */
  preview: string;
}

export interface PageCitationInput extends PageItemInput {
  /** The site's root URL (no trailing slash). */
  siteUrl: string;
  /** YYYY-MM-DD: the newest changelog entry naming the page, else its last-reviewed date. */
  lastChanged: string;
  /** The PDF of the page itself, printed from it (what citation_pdf_url names). */
  pdf: PdfRef;
  /** The page's printable (a summary handout or a card), when it has one: its PDF, its print page and title. */
  printable?: PrintableRef;
  sources: CitedSource[];
  /** "publisher not stated" in the reader's language. */
  publisherNotStated: string;
}

export interface PageCitation {
  item: CslItem;
  url: string;
  title: string;
  description: string;
  siteName: string;
  siteUrl: string;
  lang: string;
  type: "webpage" | "report";
  /** YYYY-MM-DD */
  date: string;
  /** YYYY/MM/DD, as Highwire Press tags write dates. */
  highwireDate: string;
  lastChanged: string;
  pdf: PdfRef;
  printable?: PrintableRef;
  apa: Formatted;
  mla: Formatted;
  chicago: Formatted;
  bibtex: string;
  ris: string;
  cslJson: string;
  /** The source documents, in APA 7, with "publisher not stated" where it is not. */
  sources: { id: string; title: string; url: string | null; publisher: string | null; apa: Formatted }[];
  /** schema.org JSON-LD, safe to place inside <script type="application/ld+json">. */
  jsonLd: string;
}

/**
 * JSON for a <script> element: `<`, `>` and `&` as \u escapes, so no string in it can close the
 * element or open a comment; U+2028 and U+2029 too.
 *
 * @example
 * scriptJson({ a: "</script>" }) // → '{"a":"\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** schema.org description of the page: a WebPage (and a Report when cited as one), based on its sources. */
export function schemaOrg(input: PageCitationInput): Record<string, unknown> {
  const organization = { "@type": "Organization", name: input.siteName, url: `${input.siteUrl}/` };
  return {
    "@context": "https://schema.org",
    "@type": input.type === "report" ? ["WebPage", "Report"] : "WebPage",
    "@id": input.url,
    url: input.url,
    name: input.title,
    headline: input.title,
    description: input.description,
    inLanguage: input.lang,
    datePublished: input.date,
    dateModified: input.lastChanged,
    lastReviewed: input.date,
    author: organization,
    publisher: organization,
    ...(input.translationReview ? { reviewedBy: { "@type": "Person", name: input.translationReview.by } } : {}),
    isPartOf: { "@type": "WebSite", name: input.siteName, url: `${input.siteUrl}/` },
    isBasedOn: input.sources.map((s) => ({
      "@type": s.type === "report" ? "Report" : "WebPage",
      name: s.title,
      ...(s.url ? { url: s.url } : {}),
      // Unknown publishers are left out rather than guessed; the page says "publisher not stated".
      ...(s.publisherKnown && s.publisher ? { publisher: { "@type": "Organization", name: s.publisher } } : {}),
      ...(s.container ? { isPartOf: { "@type": "WebSite", name: s.container } } : {}),
    })),
    encoding: { "@type": "MediaObject", contentUrl: input.pdf.url, encodingFormat: "application/pdf", name: input.pdf.title },
  };
}

/**
 * Everything needed to cite one page, from one CSL-JSON item: APA 7, MLA 9 and Chicago author-date,
 * BibTeX, RIS and CSL-JSON, the schema.org JSON-LD, and the citations of its source documents.
 *
 * @example
 * buildPageCitation({ …tips page… }).apa.text
 * // → "Advocate Field Guide. (2026, November 23). Practice tips for victim contact advocates. https://…/tips-for-advocates/"
 */
export function buildPageCitation(input: PageCitationInput): PageCitation {
  const item = pageItem(input);
  return {
    item,
    url: input.url,
    title: input.title,
    description: input.description,
    siteName: input.siteName,
    siteUrl: input.siteUrl,
    lang: input.lang,
    type: input.type,
    date: input.date,
    highwireDate: input.date.replace(/-/g, "/"),
    lastChanged: input.lastChanged,
    pdf: input.pdf,
    ...(input.printable ? { printable: input.printable } : {}),
    apa: formatApa(item),
    mla: formatMla(item),
    chicago: formatChicago(item),
    bibtex: toBibtex(item, { urldate: input.lastChanged }),
    ris: toRis(item),
    cslJson: toCslJson(item),
    sources: input.sources.map((s) => ({
      id: s.id,
      title: s.title,
      url: s.url,
      publisher: s.publisherKnown ? s.publisher : null,
      apa: formatApa(sourceItem(s.id, s, input.publisherNotStated)),
    })),
    jsonLd: scriptJson(schemaOrg(input)),
  };
}
