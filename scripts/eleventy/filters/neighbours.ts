import type { CollectionItem } from "../types.ts";

/**
 * The previous and next page around `url` in an ordered list (for previous/next links).
 *
 * @example
 * neighbours(sectionPages, "/en/victim-contact/tips-for-advocates/") // → { previous: {…}, next: undefined }
 */
export function neighbours(pages: CollectionItem[], url: string): { previous?: CollectionItem; next?: CollectionItem } {
  const index = pages.findIndex((p) => p.url === url);
  if (index === -1) return {};
  return { previous: pages[index - 1], next: pages[index + 1] };
}
