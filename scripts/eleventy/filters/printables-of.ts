import type { CollectionItem } from "../types.ts";

/**
 * The printables of one language (and section, if given): pocket cards before
 * handouts, each in its authored order.
 *
 * @example
 * printablesOf(collections.pages, "en", "victim-contact").map((p) => p.data.format)
 * // → ["pocket-card", "pocket-card", "handout", "handout", "handout"]
 */
export function printablesOf(pages: CollectionItem[], lang: string, section?: string, format?: string): CollectionItem[] {
  const rank = (item: CollectionItem) => (item.data.format === "pocket-card" ? 0 : 1);
  return pages
    .filter((p) => p.data.format && p.data.page.lang === lang && (!section || p.data.section === section) && (!format || p.data.format === format))
    .sort((a, b) => rank(a) - rank(b) || (a.data.order ?? 0) - (b.data.order ?? 0) || a.url.localeCompare(b.url));
}
