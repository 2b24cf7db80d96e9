// A printable's paper fonts, only the faces its own characters need: the page links them for print
// only (and the agency form switches them on), so a first visit downloads no font at all, and printing
// a Chinese card fetches its few slices, not a 64 KB stylesheet of every slice.
import path from "node:path";
import { DomUtils } from "htmlparser2";
import { buildMemo } from "../build-memo.ts";
import { writeFiles } from "../write-files.ts";
import { familyStylesheet } from "./fonts.ts";
import { type Document, type Element, elements, parseHtml } from "../html/parse.ts";
import type { HashedAssetsRef } from "./hashed-assets.ts";
import type { SiteStateRef } from "./site-state.ts";
import type { EleventyConfig } from "./types.ts";

/** The file each print page links beside itself (layouts/print-base.njk names it too). */
const PAPER_FONTS_FILE = "paper-fonts.css";

/** Printable ASCII: page numbers, file sizes and web addresses the print stage fills in after the build. */
const ALWAYS = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("");

/** One @font-face rule and the spans of its unicode-range, sorted (none: it covers everything). */
export type FontFace = { rule: string; range?: string; spans: (readonly [number, number])[] };

/** The spans of a CSS unicode-range (U+0-FF, U+131, U+4??), sorted by their start. */
function rangeSpans(range: string): (readonly [number, number])[] {
  return range
    .split(",")
    .map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(from!.replace(/\?/g, "0"), 16), parseInt((to ?? from!).replace(/\?/g, "f"), 16)] as const;
    })
    .sort((a, b) => a[0] - b[0]);
}

/** Whether a code point is in one of the sorted spans: a binary search, as a CJK slice lists hundreds. */
function inSpans(cp: number, spans: FontFace["spans"]): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = spans[middle]!;
    if (cp < from) high = middle - 1;
    else if (cp > to) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * The @font-face rules of a stylesheet, each with its unicode-range parsed: read once per family, used for every page.
 *
 * @example
 * fontFaces("@font-face { src: url(/a.woff2); unicode-range: U+4E00-9FFF; }")[0].spans // → [[0x4e00, 0x9fff]]
 */
export function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{[^}]*\}/g)].map(([rule]) => {
    const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
    return { rule, range, spans: range ? rangeSpans(range) : [] };
  });
}

/**
 * A unicode-range of exactly these code points, runs joined.
 *
 * @example
 * unicodeRange([0x41, 0x42, 0x43, 0x4e2d]) // → "U+41-43, U+4E2D"
 */
export function unicodeRange(codePoints: number[]): string {
  const runs: [number, number][] = [];
  for (const cp of codePoints) {
    const last = runs.at(-1);
    if (last && cp === last[1] + 1) last[1] = cp;
    else runs.push([cp, cp]);
  }
  return runs.map(([a, b]) => (a === b ? `U+${a.toString(16).toUpperCase()}` : `U+${a.toString(16).toUpperCase()}-${b.toString(16).toUpperCase()}`)).join(", ");
}

/**
 * The @font-face rules of a stylesheet that the text needs, each narrowed to the text's own characters: the
 * same files, and a stylesheet a fraction of the size (a CJK slice's range lists hundreds of code points).
 * A rule without a range is kept whole.
 *
 * @example
 * facesFor(fontFaces("@font-face { src: url(/a.woff2); unicode-range: U+4E00-9FFF; }\n@font-face { src: url(/b.woff2); unicode-range: U+AC00-D7A3; }"), "中")
 * // → ["@font-face { src: url(/a.woff2); unicode-range: U+4E2D; }"]
 */
export function facesFor(faces: FontFace[], text: string): string[] {
  const codePoints = [...new Set([...text].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const used = faces.map((): number[] => []);
  for (const cp of codePoints) for (const face of facesCovering(faces, cp)) used[face]!.push(cp);
  return faces.flatMap(({ rule, range }, face) => (!range ? [rule] : used[face]!.length ? [rule.replace(range, unicodeRange(used[face]!))] : []));
}

/** Which faces (by index) have a code point in their range: looked up once per family and code point, as pages share most characters. */
function facesCovering(faces: FontFace[], cp: number): number[] {
  const known = covering.get(faces) ?? covering.set(faces, new Map()).get(faces)!;
  const found = known.get(cp);
  if (found) return found;
  const indexes = faces.flatMap(({ range, spans }, face) => (range && inSpans(cp, spans) ? [face] : []));
  known.set(cp, indexes);
  return indexes;
}

const covering = new WeakMap<FontFace[], Map<number, number[]>>();

/**
 * The text a print page can put on paper: its paper (.print-paper) and the strings its scripts print
 * (office-sheet labels), with printable ASCII always.
 *
 * @example
 * paperText('<main><div class="print-paper"><p>卡</p></div></main>').includes("卡") // → true
 */
export function paperText(html: string | Document): string {
  const doc = typeof html === "string" ? parseHtml(html) : html;
  const paper = elements(doc, (e) => (e.attribs.class ?? "").split(/\s+/).includes("print-paper") || (e.name === "script" && e.attribs.type === "application/json"));
  return ALWAYS + paper.map((e) => DomUtils.textContent(e)).join("");
}

/**
 * The <html> start tag of a built page: a print page says so there (class print-doc), so the rest of the
 * page (about 20 KB) is not searched on every page of the site.
 *
 * @example
 * htmlStartTag('<!doctype html>\n<html lang="en" class="print-doc"><head>') // → '<html lang="en" class="print-doc">'
 */
export function htmlStartTag(html: string): string {
  const start = html.indexOf("<html");
  return start < 0 ? "" : html.slice(start, html.indexOf(">", start) + 1);
}

/** Whether a built page is a print page (the layouts mark its <html> with class print-doc). */
function isPrintPage(doc: Document): boolean {
  const root = doc.children.find((node): node is Element => node.type === "tag" && (node as Element).name === "html");
  return (root?.attribs.class ?? "").split(/\s+/).includes("print-doc");
}

/** Writes paper-fonts.css beside every print page that was written, from its language's self-hosted families. */
export function paperFontsPlugin(eleventyConfig: EleventyConfig, options: { state: SiteStateRef; assets: HashedAssetsRef }): void {
  const memo = buildMemo<string>("paper-fonts");
  eleventyConfig.on("eleventy.after", ({ results }: { results: { url?: string; outputPath?: string | false; content?: string }[] }) => {
    const { locales } = options.state.get().site;
    // Each family's stylesheet parsed once per build, not once per print page.
    const familyFaces = new Map<string, FontFace[]>();
    const facesOf = (family: string) =>
      familyFaces.get(family) ?? familyFaces.set(family, fontFaces(options.assets.all().get(familyStylesheet(family))!.bytes.toString("utf8"))).get(family)!;
    const files: [string, string][] = [];
    for (const result of results) {
      // Only HTML pages under a language's folder can be print pages; most are not, so no parse for those.
      const locale = locales.find((l) => result.url?.startsWith(`/${l.code}/`));
      if (!locale || !result.outputPath || !htmlStartTag(result.content ?? "").includes("print-doc")) continue;
      // Kept between builds by the page and its language's stylesheets (their hashed names name their bytes).
      const stylesheets = locale.fonts.map((family) => options.assets.url(familyStylesheet(family))).join(" ");
      const css = memo.get(`${stylesheets}\n${result.content}`, () => {
        const doc = parseHtml(result.content!);
        if (!isPrintPage(doc)) return "";
        const text = paperText(doc);
        return `${locale.fonts.flatMap((family) => facesFor(facesOf(family), text)).join("\n")}\n`;
      });
      if (css) files.push([path.join(path.dirname(result.outputPath), PAPER_FONTS_FILE), css]);
    }
    writeFiles(files);
    memo.save();
  });
}
