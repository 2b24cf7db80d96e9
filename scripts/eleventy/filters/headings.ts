import { elements, text } from "../../html/parse.ts";

/**
 * The h2 headings of rendered HTML that have ids, for an "on this page" list (text decoded once:
 * it goes back through Nunjucks' autoescape).
 *
 * @example
 * headings('<h2 id="a">Why &amp; how</h2>') // → [{ id: "a", text: "Why & how" }]
 */
export function headings(html: string): { id: string; text: string }[] {
  // A heading's "English text changed" mark is not part of its name.
  return elements(html, (e) => e.name === "h2" && Boolean(e.attribs.id)).map((h) => ({ id: h.attribs.id!, text: text({ ...h, children: h.children.filter((c) => !("attribs" in c && (c.attribs as Record<string, string>).class === "behind-mark")) } as typeof h).trim() }));
}
