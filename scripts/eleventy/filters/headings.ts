import { elements, text } from "../../html/parse.ts";

/**
 * The h2 headings of rendered HTML that have ids, for an "on this page" list (text decoded once:
 * it goes back through Nunjucks' autoescape).
 *
 * @example
 * headings('<h2 id="a">Why &amp; how</h2>') // → [{ id: "a", text: "Why & how" }]
 */
export function headings(html: string): { id: string; text: string }[] {
  return elements(html, (e) => e.name === "h2" && Boolean(e.attribs.id)).map((h) => ({ id: h.attribs.id!, text: text(h) }));
}
