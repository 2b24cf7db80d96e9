import type { CollectionItem } from "../types.ts";

/**
 * The page with this translationKey in a language, if it exists.
 *
 * @example
 * translationOf(collections.pages, "vc-advocate-tips", "ar")?.url // → "/ar/victim-contact/tips-for-advocates/"
 */
export function translationOf(pages: CollectionItem[], translationKey: string, lang: string): CollectionItem | undefined {
  // Asked for every language on every page (switcher, alternates): an index per collection keeps that linear.
  let index = indexes.get(pages);
  if (!index) {
    index = new Map();
    for (const p of pages) {
      const key = `${p.data.translationKey}\u0000${p.data.page.lang}`;
      if (!index.has(key)) index.set(key, p);
    }
    indexes.set(pages, index);
  }
  return index.get(`${translationKey}\u0000${lang}`);
}

const indexes = new WeakMap<CollectionItem[], Map<string, CollectionItem>>();
