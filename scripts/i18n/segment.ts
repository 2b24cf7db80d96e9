import type Token from "markdown-it/lib/token.mjs";

/** The Markdown around an inline code: a link, image, bold, italic or code span; or an interface string's {placeholder}. */
export interface InlineCode {
  kind: "link" | "image" | "strong" | "em" | "code" | "placeholder";
  /** The Markdown before the code's content (a paired code) or the whole code (a standalone one). */
  start: string;
  /** The Markdown after the content; absent for a standalone code (code spans: nothing inside is translated). */
  end?: string;
  /** What makes two codes the same code across languages: the kind, a link's or image's target, a code span's text. */
  key: string;
}

/** Text, or where a paired code opens or closes, or a standalone code; ids are the code ids of the source. */
export type Piece = { text: string } | { open: string } | { close: string } | { standalone: string };

/** A paragraph's inline content with its Markdown set aside as numbered codes (XLIFF's <pc> and <ph>). */
export interface Segment {
  pieces: Piece[];
  /** code id ("1", "2", …) → its Markdown */
  codes: Record<string, InlineCode>;
}

/** Markdown that is not a link, image, emphasis or code span: no inline code stands for it yet. */
export class UnsupportedMarkdown extends Error {}

/**
 * The inline tokens of one block (markdown-it's `inline` children) as a segment: text, with each
 * link, image, emphasis and code span made a numbered code (an image's alt text is its content, to be
 * translated). Soft line breaks are spaces.
 *
 * @example
 * segmentOf(md.parseInline("See [the glossary](/en/g/) now", {})[0].children)
 * // → { pieces: [{ text: "See " }, { open: "1" }, { text: "the glossary" }, { close: "1" }, { text: " now" }], codes: { 1: { kind: "link", start: "[", end: "](/en/g/)", key: "link /en/g/" } } }
 */
export function segmentOf(children: Token[]): Segment {
  const pieces: Piece[] = [];
  const codes: Record<string, InlineCode> = {};
  const open: string[] = [];
  const text = (value: string) => {
    const last = pieces.at(-1);
    if (last && "text" in last) last.text += value;
    else if (value) pieces.push({ text: value });
  };
  const code = (c: InlineCode) => {
    const id = String(Object.keys(codes).length + 1);
    codes[id] = c;
    return id;
  };
  for (const token of children) {
    if (token.type === "text") text(token.content);
    else if (token.type === "softbreak") text(" ");
    else if (token.type === "code_inline") pieces.push({ standalone: code({ kind: "code", start: `${token.markup}${token.content}${token.markup}`, key: `code ${token.content}` }) });
    else if (token.type === "link_open") {
      const href = token.attrGet("href") ?? "";
      const title = token.attrGet("title");
      const id = code({ kind: "link", start: "[", end: `](${href}${title ? ` "${title.replace(/"/g, '\\"')}"` : ""})`, key: `link ${href}` });
      open.push(id);
      pieces.push({ open: id });
    } else if (token.type === "image") {
      const src = token.attrGet("src") ?? "";
      const title = token.attrGet("title");
      const id = code({ kind: "image", start: "![", end: `](${src}${title ? ` "${title.replace(/"/g, '\\"')}"` : ""})`, key: `image ${src}` });
      pieces.push({ open: id });
      text(token.content);
      pieces.push({ close: id });
    } else if (token.type === "strong_open" || token.type === "em_open") {
      const kind = token.type === "strong_open" ? "strong" : "em";
      const id = code({ kind, start: token.markup, end: token.markup, key: kind });
      open.push(id);
      pieces.push({ open: id });
    } else if (token.type === "link_close" || token.type === "strong_close" || token.type === "em_close") pieces.push({ close: open.pop()! });
    else throw new UnsupportedMarkdown(`${token.type.replace(/_open$/, "")} (only links, images, bold, italic and code spans can be translated through XLIFF)`);
  }
  return { pieces, codes };
}

/**
 * An interface string as a segment: each {placeholder} a standalone code, numbered by its name's
 * place in `names` (the English string's), so a translation's placeholders get the English ids.
 *
 * @example
 * placeholderSegment("Results for {query}") // → { pieces: [{ text: "Results for " }, { standalone: "1" }], codes: { 1: { kind: "placeholder", start: "{query}", key: "placeholder {query}" } } }
 */
export function placeholderSegment(value: string, names: string[] = value.match(/\{[a-zA-Z0-9_]+\}/g) ?? []): Segment {
  const codes: Record<string, InlineCode> = {};
  names.forEach((name, i) => (codes[String(i + 1)] = { kind: "placeholder", start: name, key: `placeholder ${name}` }));
  const pieces: Piece[] = value.split(/(\{[a-zA-Z0-9_]+\})/).map((part, i) => (i % 2 ? { standalone: String(names.indexOf(part) + 1 || `?${part}`) } : { text: part })).filter((p) => !("text" in p) || p.text);
  return { pieces, codes };
}

/**
 * Renumbers a translation's codes to the English codes they stand for: the same kind, the same code span,
 * a link to the same page in the other language (the n-th of each kind with the n-th). Returns the codes
 * that have no counterpart, on either side, by what they are.
 *
 * @example
 * matchCodes(english, spanish, (href) => href.replace(/^\/es\//, "/en/")).unmatched // → []
 */
export function matchCodes(source: Segment, target: Segment, toSourceHref: (href: string) => string): { segment: Segment; unmatched: string[] } {
  const keyOf = (c: InlineCode) => (c.kind === "link" || c.kind === "image" ? `${c.kind} ${toSourceHref(c.key.slice(c.kind.length + 1))}` : c.key);
  const free = new Map<string, string[]>();
  for (const [id, c] of Object.entries(source.codes)) free.set(c.key, [...(free.get(c.key) ?? []), id]);
  const renumber: Record<string, string> = {};
  const unmatched: string[] = [];
  for (const [id, c] of Object.entries(target.codes)) {
    const partner = free.get(keyOf(c))?.shift();
    if (partner) renumber[id] = partner;
    else unmatched.push(describeCode(c));
  }
  for (const ids of free.values()) for (const id of ids) unmatched.push(describeCode(source.codes[id]!));
  const pieces = target.pieces.map((p): Piece => ("open" in p ? { open: renumber[p.open] ?? p.open } : "close" in p ? { close: renumber[p.close] ?? p.close } : "standalone" in p ? { standalone: renumber[p.standalone] ?? p.standalone } : p));
  return { segment: { pieces, codes: source.codes }, unmatched };
}

/** A code as a translator would recognise it: "link to /en/x/", "bold", "code `npm`". */
export function describeCode(c: InlineCode): string {
  if (c.kind === "link") return `link to ${c.key.slice(5)}`;
  if (c.kind === "image") return `image ${c.key.slice(6)}`;
  if (c.kind === "code") return `code span ${c.start}`;
  if (c.kind === "placeholder") return `placeholder ${c.start}`;
  return c.kind === "strong" ? "bold" : "italic";
}

/**
 * The plain text of a segment (codes dropped, their content kept): for notes and excerpts.
 *
 * @example
 * plainText({ pieces: [{ text: "a " }, { open: "1" }, { text: "b" }, { close: "1" }], codes }) // → "a b"
 */
export function plainText(segment: Segment): string {
  return segment.pieces.map((p) => ("text" in p ? p.text : "standalone" in p ? segment.codes[p.standalone]!.start : "")).join("");
}

/** Characters Markdown would read as syntax inside a paragraph. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]<]|&(?=#?[a-zA-Z0-9]+;)/g;

/**
 * The Markdown of a segment: text with Markdown's punctuation escaped, codes as their Markdown, links
 * made to point at the same page in the translation's language by `toTargetHref`.
 *
 * @example
 * segmentMarkdown(spanishSegment, (href) => href.replace(/^\/en\//, "/es/")) // → "Vea [el glosario](/es/g/) *ahora*"
 */
export function segmentMarkdown(segment: Segment, toTargetHref: (href: string) => string): string {
  return segment.pieces
    .map((p) => {
      if ("text" in p) return p.text.replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
      if ("open" in p) return segment.codes[p.open]!.start;
      if ("standalone" in p) return segment.codes[p.standalone]!.start;
      const c = segment.codes[p.close]!;
      return c.kind === "link" || c.kind === "image" ? c.end!.replace(/^\]\(([^ )]*)/, (_, href: string) => `](${toTargetHref(href)}`) : c.end!;
    })
    .join("");
}

/**
 * Whether two segments say the same thing with the same codes (whitespace runs count as one space).
 *
 * @example
 * sameSegment(a, a) // → true
 */
export function sameSegment(a: Segment, b: Segment): boolean {
  const flat = (s: Segment) => {
    const pieces = s.pieces.map((p) => ("text" in p ? { text: p.text.replace(/\s+/g, " ") } : p));
    const first = pieces[0];
    const last = pieces.at(-1);
    if (first && "text" in first) first.text = first.text.trimStart();
    if (last && "text" in last) last.text = last.text.trimEnd();
    return JSON.stringify(pieces.filter((p) => !("text" in p) || p.text));
  };
  return flat(a) === flat(b);
}
