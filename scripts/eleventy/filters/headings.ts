/**
 * The h2 headings of rendered HTML that have ids, for an "on this page" list.
 *
 * @example
 * headings('<h2 id="a">Why</h2>') // → [{ id: "a", text: "Why" }]
 */
export function headings(html: string): { id: string; text: string }[] {
  const found: { id: string; text: string }[] = [];
  for (const match of html.matchAll(/<h2[^>]*\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g)) {
    found.push({ id: match[1]!, text: decodeEntities(match[2]!.replace(/<[^>]+>/g, "").trim()) });
  }
  return found;
}

// The text goes back through Nunjucks' autoescape, so undo markdown-it's escaping once.
function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}
