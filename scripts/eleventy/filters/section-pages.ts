import type { CollectionItem } from "../types.ts";

/**
 * The reference pages of one section in one language, in their authored order (printables excluded).
 *
 * @example
 * sectionPages(collections.pages, "victim-contact", "en").map((p) => p.url) // → ["/en/victim-contact/what-and-why/", …]
 */
export function sectionPages(pages: CollectionItem[], section: string, lang: string): CollectionItem[] {
  // Every page's menu asks for every section: remembered per collection, so a build stays linear in its pages.
  const bySection = memo.get(pages) ?? new Map<string, CollectionItem[]>();
  memo.set(pages, bySection);
  const key = `${section}\u0000${lang}`;
  let found = bySection.get(key);
  if (!found) {
    found = pages
      .filter((p) => p.data.section === section && p.data.page.lang === lang && !p.data.format && p.data.translationKey !== "home")
      .sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.url.localeCompare(b.url));
    bySection.set(key, found);
  }
  return found;
}

const memo = new WeakMap<CollectionItem[], Map<string, CollectionItem[]>>();
