import type { CollectionItem } from "../types.ts";

/**
 * The previous and next page around `url` in an ordered list (for previous/next links).
 *
 * @example
 * neighbours(sectionPages, "/en/victim-contact/tips-for-advocates/") // → { previous: {…}, next: undefined }
 */
export function neighbours(pages: CollectionItem[], url: string): { previous?: CollectionItem; next?: CollectionItem } {
  // Asked once per page of a section: positions remembered per list, so a build stays linear in its pages.
  let positions = memo.get(pages);
  if (!positions) {
    positions = new Map();
    for (const [i, p] of pages.entries()) if (!positions.has(p.url)) positions.set(p.url, i);
    memo.set(pages, positions);
  }
  const index = positions.get(url) ?? -1;
  if (index === -1) return {};
  return { previous: pages[index - 1], next: pages[index + 1] };
}

const memo = new WeakMap<CollectionItem[], Map<string, number>>();
