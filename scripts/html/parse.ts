// The one way this project reads HTML: htmlparser2's DOM, with its entity decoding, never regular expressions.
import { DomUtils, parseDocument } from "htmlparser2";
import type { Element } from "domhandler";

export type { Element };

/**
 * Every element of an HTML document that passes a test.
 *
 * @example
 * elements('<a href="tel:1">Call</a>', (e) => e.name === "a") // → [<a> element]
 */
export function elements(html: string, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, parseDocument(html).children);
}

/**
 * An element's text, entities decoded and white space collapsed.
 *
 * @example
 * text(elements("<p>Tom &amp;  Jerry</p>", () => true)[0]) // → "Tom & Jerry"
 */
export function text(element: Element): string {
  return DomUtils.textContent(element).replace(/\s+/g, " ").trim();
}
