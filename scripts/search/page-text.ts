// Small readers of our own built HTML and Markdown for the search stage, through the project's one
// HTML parser (scripts/html/parse.ts): no regular expressions over HTML, one entity decoder.
import { elements, parseHtml, type AnyNode, type Document, type Element } from "../html/parse.ts";
import { createMarkdown } from "../eleventy/markdown/create-markdown.ts";

const isIndexedBody = (e: Element) => "data-pagefind-body" in e.attribs;
const asDocument = (html: string | Document) => (typeof html === "string" ? parseHtml(html) : html);

export interface PageLanguage {
  /** <html lang>: the index Pagefind puts the page in. */
  lang?: string;
  /** <html data-fallback="true">: an English page standing in for a missing translation. */
  fallback: boolean;
  /** lang on the element holding data-pagefind-body, when it sets one. */
  bodyLang?: string;
}

/**
 * What language a built page declares for itself and for its indexed content.
 *
 * @example
 * pageLanguage('<html lang="ko" data-fallback="true">…<article data-pagefind-body lang="en">')
 * // → { lang: "ko", fallback: true, bodyLang: "en" }
 */
export function pageLanguage(html: string | Document): PageLanguage {
  const doc = asDocument(html);
  const root = elements(doc, (e) => e.name === "html")[0]?.attribs ?? {};
  const body = elements(doc, isIndexedBody)[0]?.attribs ?? {};
  return { lang: root.lang, fallback: root["data-fallback"] === "true", bodyLang: body.lang };
}

/**
 * True when a page under a language's URL is not that language's own text: a fallback copy,
 * or a page whose <html> or indexed content says it is in another language.
 *
 * @example
 * isForeignCopy('<html lang="ko" data-fallback="true">', "ko") // → true
 */
export function isForeignCopy(html: string | Document, expectedLang: string): boolean {
  const { lang, fallback, bodyLang } = pageLanguage(html);
  const same = (tag: string | undefined) => tag === undefined || tag.toLowerCase() === expectedLang.toLowerCase();
  return fallback || !same(lang) || !same(bodyLang);
}

/** Inline elements: their tags join the text around them (<a>안전</a>을 is one word, as Pagefind reads it). */
const INLINE = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"]);
const UNREAD = new Set(["script", "style", "svg", "template"]);

/** The text of nodes as a reader sees it: block elements apart, inline ones joined, scripts and SVG left out. */
function readable(nodes: AnyNode[]): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") out += (node as unknown as { data: string }).data;
    else if ("name" in node && "children" in node) {
      const element = node as Element;
      if (UNREAD.has(element.name)) out += " ";
      else if (INLINE.has(element.name)) out += readable(element.children);
      else out += ` ${readable(element.children)} `;
    }
  }
  return out;
}

/**
 * Readable text of an HTML fragment: scripts, styles and SVG dropped, block tags as spaces, inline
 * tags as nothing, entities decoded.
 *
 * @example
 * htmlText("<h2>Call</h2><p>Ask <a>us</a>&amp; listen</p><svg><text>QR</text></svg>") // → "Call Ask us& listen"
 */
export function htmlText(fragment: string): string {
  return readable(parseHtml(fragment).children).replace(/\s+/g, " ").trim();
}

/** True when the page marks the content Pagefind should index (pages without it are not indexed). */
export const hasIndexedBody = (html: string | Document): boolean => elements(asDocument(html), isIndexedBody).length > 0;

/** The text Pagefind indexes on a page (its data-pagefind-body), or "" when it has none. */
export function indexedText(html: string | Document): string {
  const body = elements(asDocument(html), isIndexedBody)[0];
  return body ? readable(body.children).replace(/\s+/g, " ").trim() : "";
}

let markdown: ReturnType<typeof createMarkdown> | undefined;

/**
 * Markdown as running text, read with the site's own renderer: authored {#ids} gone, and a block
 * that ends without punctuation (a heading, a list item) closed with a full stop, as Pagefind does
 * for headings, so excerpts do not run one block into the next.
 *
 * @example
 * markdownText("## Call safely {#call}\n\nAsk [first](/en/x/). {#ask}") // → "Call safely. Ask first."
 */
export function markdownText(source: string): string {
  markdown ??= createMarkdown();
  const blocks = markdown
    .parse(source, {})
    .filter((token) => token.type === "inline")
    .map((token) => (token.children ?? []).map((c) => (c.type === "text" || c.type === "code_inline" ? c.content : c.type === "softbreak" ? " " : "")).join("").trim())
    .filter(Boolean);
  return asSentences(blocks);
}

/**
 * Blocks of text as one run, each closed with a full stop unless it ends in punctuation.
 *
 * @example
 * asSentences(["Contents", "Ask first."]) // → "Contents. Ask first."
 */
export function asSentences(blocks: string[]): string {
  return blocks.map((block) => (/\p{P}$/u.test(block) ? block : `${block}.`)).join(" ");
}

const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The page with one more Pagefind metadata field, set on an empty element before </body>: the
 * field is searchable but never part of the page's text or excerpts.
 *
 * @example
 * withHiddenMeta("<body><p>x</p></body>", "forms", "안전") // → '<body><p>x</p><span data-pagefind-meta="forms:안전"></span></body>'
 */
export function withHiddenMeta(html: string, name: string, value: string): string {
  const span = `<span data-pagefind-meta="${escapeAttribute(`${name}:${value}`)}"></span>`;
  const end = html.lastIndexOf("</body>");
  return end === -1 ? html + span : html.slice(0, end) + span + html.slice(end);
}
