import type { CollectionItem } from "../types.ts";
import { translationOf } from "./translation-of.ts";

export interface PageAlternates {
  /** The path the page is cited and indexed at: its own, or a fallback copy's English original. */
  canonical: string;
  /** The language versions of the page (real translations only, this one included), in locales.json order. */
  languages: { code: string; lang: string; url: string }[];
  /** The version for readers whose language is none of these: the source language's. */
  xDefault?: string;
}

interface PageFacts {
  url: string;
  translationKey?: string;
  fallbackFrom?: string;
  /** Made once per language at the same path after /<code>/ (search, A–Z, catalog, packets…). */
  sameInEveryLanguage?: boolean;
}

/**
 * A page's canonical path and its language versions, for hreflang links and og:locale:alternate; undefined
 * for a page that is in no language's set (the root chooser, the 404 page). A fallback copy (English text
 * at a translated URL) is not a version of its own: it points at its English original.
 *
 * @example
 * pageAlternates(collections.pages, { url: "/es/policy/x/", translationKey: "policy-x" }, locales, "en")
 * // → { canonical: "/es/policy/x/", languages: [{ code: "en", lang: "en", url: "/en/policy/x/" }, { code: "es", … }], xDefault: "/en/policy/x/" }
 */
export function pageAlternates(pages: CollectionItem[], page: PageFacts, locales: { code: string; lang: string }[], sourceCode: string): PageAlternates | undefined {
  if (!page.url) return undefined;
  if (page.sameInEveryLanguage) {
    const rest = page.url.split("/").slice(2).join("/");
    const languages = locales.map((l) => ({ code: l.code, lang: l.lang, url: `/${l.code}/${rest}` }));
    return { canonical: page.url, languages, xDefault: `/${sourceCode}/${rest}` };
  }
  if (!page.translationKey) return undefined;
  const languages = locales.flatMap((l) => {
    const other = translationOf(pages, page.translationKey!, l.code);
    return other && !other.data.fallbackFrom ? [{ code: l.code, lang: l.lang, url: other.url }] : [];
  });
  const source = translationOf(pages, page.translationKey, sourceCode);
  return { canonical: page.fallbackFrom ?? page.url, languages, ...(source ? { xDefault: source.url } : {}) };
}
