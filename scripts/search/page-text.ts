// Small readers of our own built HTML and Markdown for the search stage. The HTML is our own
// output (attributes always double-quoted), the same assumption scripts/check-links.ts makes.
import { createMarkdown } from "../eleventy/markdown/create-markdown.ts";

/** An attribute's value in one start tag ("" when present without a value), or undefined. */
function attribute(tag: string, name: string): string | undefined {
  const match = tag.match(new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>])`));
  return match ? (match[1] ?? "") : undefined;
}

const BODY_TAG = /<[a-z][a-z0-9]*\b[^>]*\sdata-pagefind-body\b[^>]*>/i;

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
export function pageLanguage(html: string): PageLanguage {
  const htmlTag = html.match(/<html\b[^>]*>/i)?.[0] ?? "";
  const bodyTag = html.match(BODY_TAG)?.[0] ?? "";
  return { lang: attribute(htmlTag, "lang"), fallback: attribute(htmlTag, "data-fallback") === "true", bodyLang: attribute(bodyTag, "lang") };
}

/**
 * True when a page under a language's URL is not that language's own text: a fallback copy,
 * or a page whose <html> or indexed content says it is in another language.
 *
 * @example
 * isForeignCopy('<html lang="ko" data-fallback="true">', "ko") // → true
 */
export function isForeignCopy(html: string, expectedLang: string): boolean {
  const { lang, fallback, bodyLang } = pageLanguage(html);
  const same = (tag: string | undefined) => tag === undefined || tag.toLowerCase() === expectedLang.toLowerCase();
  return fallback || !same(lang) || !same(bodyLang);
}

/**
 * The inner HTML of the first element whose start tag matches, up to its own end tag.
 *
 * @example
 * innerHtml("<div a><div>x</div>y</div>z", /<div a>/) // → "<div>x</div>y"
 */
export function innerHtml(html: string, startTag: RegExp): string | undefined {
  const open = startTag.exec(html);
  if (!open) return undefined;
  const name = /^<([a-z][a-z0-9]*)/i.exec(open[0])![1]!;
  const start = open.index + open[0].length;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "gi");
  tags.lastIndex = start;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, tag.index);
  }
  return html.slice(start);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntity(entity: string, name: string): string {
  if (name[0] !== "#") return ENTITIES[name] ?? entity;
  const hex = name[1] === "x" || name[1] === "X";
  return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
}

/** Inline elements: their tags join the text around them (<a>안전</a>을 is one word, as Pagefind reads it). */
const INLINE = /^(a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)$/i;

/**
 * Readable text of an HTML fragment: scripts, styles and SVG dropped, block tags as spaces, inline
 * tags as nothing, entities decoded.
 *
 * @example
 * htmlText("<h2>Call</h2><p>Ask <a>us</a>&amp; listen</p><svg><text>QR</text></svg>") // → "Call Ask us& listen"
 */
export function htmlText(fragment: string): string {
  return fragment
    .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_tag, name: string) => (INLINE.test(name) ? "" : " "))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the page marks the content Pagefind should index (pages without it are not indexed). */
export const hasIndexedBody = (html: string): boolean => BODY_TAG.test(html);

/** The text Pagefind indexes on a page (its data-pagefind-body), or "" when it has none. */
export const indexedText = (html: string): string => htmlText(innerHtml(html, BODY_TAG) ?? "");

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
