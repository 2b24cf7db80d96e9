import type { CollectionItem } from "../types.ts";

/**
 * The page with this translationKey in a language, if it exists.
 *
 * @example
 * translationOf(collections.pages, "vc-advocate-tips", "ar")?.url // → "/ar/victim-contact/tips-for-advocates/"
 */
export function translationOf(pages: CollectionItem[], translationKey: string, lang: string): CollectionItem | undefined {
  return pages.find((p) => p.data.translationKey === translationKey && p.data.page.lang === lang);
}
