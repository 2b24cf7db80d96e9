// The one way this project reads HTML: htmlparser2's DOM, with its entity decoding, never regular expressions.
import { DomUtils, parseDocument } from "htmlparser2";
import type { Document, Element, Node as AnyNode } from "domhandler";

export type { AnyNode, Document, Element };

/**
 * An HTML document (or fragment) as a DOM, entities decoded.
 *
 * @example
 * parseHtml("<p>a &amp; b</p>").children.length // → 1
 */
export const parseHtml = (html: string): Document => parseDocument(html);

/**
 * Every element of an HTML document that passes a test.
 *
 * @example
 * elements('<a href="tel:1">Call</a>', (e) => e.name === "a") // → [<a> element]
 */
export function elements(html: string | Document, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, (typeof html === "string" ? parseDocument(html) : html).children);
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
