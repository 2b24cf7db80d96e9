import { createHash } from "node:crypto";
import yaml from "js-yaml";
import type Token from "markdown-it/lib/token.mjs";
import { createMarkdown } from "../eleventy/markdown/create-markdown.ts";
import { segmentOf, UnsupportedMarkdown, type Segment } from "./segment.ts";

/** What a translation unit is: a front-matter field a reader sees, or a block of the body. */
export type UnitKind = "title" | "description" | "subtitle" | "keywords" | "heading" | "paragraph" | "list-item";

/** The front-matter fields a reader sees, in the order they are translated; their unit ids are `meta.<field>`. */
export const READER_FIELDS = ["title", "subtitle", "description", "keywords"] as const;
export type ReaderField = (typeof READER_FIELDS)[number];

/** Keywords are one unit, one keyword after another: a translation may have more or fewer than the English. */
export const KEYWORD_SEPARATOR = " | ";

/** Where a unit's text is in its file (0-based lines), so a new translation can replace exactly that. */
export type Place =
  | { field: ReaderField; line: number }
  | { first: number; idLine: number; prefix: string; suffix: string };

export interface Unit {
  /** The stable paragraph id, or meta.title / meta.description / meta.subtitle / meta.keywords. */
  id: string;
  kind: UnitKind;
  /** Absent when the block holds Markdown no inline code stands for (an image): `unsupported` says what. */
  segment?: Segment;
  unsupported?: string;
  /** The unit's Markdown as written (without its {#id}), or the field's value: what its hash is of. */
  markdown: string;
  hash: string;
  /** Absent when the block's layout is one this tool cannot rewrite (it can still be exported). */
  place?: Place;
}

/**
 * The hash a translation records per unit in `translation.paragraphs`: the first 8 hex digits of the
 * SHA-256 of the English unit's Markdown, whitespace runs read as one space.
 *
 * @example
 * unitHash("Hello  world") === unitHash("Hello world") // → true
 */
export function unitHash(markdown: string): string {
  return createHash("sha256").update(markdown.replace(/\s+/g, " ").trim()).digest("hex").slice(0, 8);
}

/** A Markdown file split into its front matter (parsed, and its lines) and its body (and the body's first line). */
export function splitFile(text: string): { data: Record<string, unknown>; lines: string[]; frontEnd: number; body: string } {
  const lines = text.split("\n");
  const frontEnd = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
  if (frontEnd < 0) throw new Error("no front matter between --- lines");
  const data = (yaml.load(lines.slice(1, frontEnd).join("\n"), { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
  return { data, lines, frontEnd, body: lines.slice(frontEnd + 1).join("\n") };
}

const md = createMarkdown();
const BLOCKS: Record<string, UnitKind> = { heading_open: "heading", paragraph_open: "paragraph", list_item_open: "list-item" };
const PREFIX: Record<string, RegExp> = { heading: /^ {0,3}#{1,6}[ \t]+/, "list-item": /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+/, paragraph: /^[ \t]*/ };
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The attribute block that carries an id, with the space before it: ` {#id}` (or `{#id .class}`). */
const idBlock = (id: string) => new RegExp(`[ \\t]*\\{[^{}\\n]*#${escapeRegExp(id)}(?=[\\s}])[^{}\\n]*\\}`);

/**
 * Every translation unit of a page or printable, in reading order: the front-matter fields a reader
 * sees, then every heading, paragraph and list item with an authored id.
 *
 * @example
 * pageUnits("---\ntitle: Tips\n---\n\nCall first. {#call}\n").map((u) => u.id) // → ["meta.title", "call"]
 */
export function pageUnits(text: string): Unit[] {
  const { data, lines, frontEnd, body } = splitFile(text);
  const units: Unit[] = [];
  for (const field of READER_FIELDS) {
    const value = data[field];
    if (value === undefined) continue;
    const markdown = Array.isArray(value) ? value.map(String).join("\n") : String(value);
    const line = lines.findIndex((l, i) => i < frontEnd && l.startsWith(`${field}:`));
    const shown = Array.isArray(value) ? value.map(String).join(KEYWORD_SEPARATOR) : markdown;
    units.push({ id: `meta.${field}`, kind: field, segment: { pieces: [{ text: shown }], codes: {} }, markdown, hash: unitHash(markdown), place: { field, line } });
  }
  const tokens = md.parse(body, {});
  tokens.forEach((token, i) => {
    const kind = BLOCKS[token.type];
    const id = token.attrGet("id");
    if (!kind || !id) return;
    let next = i + 1;
    while (tokens[next]!.type !== "inline") next++;
    const inline = tokens[next]!;
    units.push(blockUnit(id, kind, inline, token.map!, lines, frontEnd + 1));
  });
  return units;
}

/** One block's unit: its inline content up to the {#id}, and where that sits in the file's lines. */
function blockUnit(id: string, kind: UnitKind, inline: Token, map: [number, number], lines: string[], bodyStart: number): Unit {
  // One pattern per unit, used for its content and its lines (a page has hundreds of units).
  const pattern = idBlock(id);
  const attr = pattern.exec(inline.content);
  const markdown = (attr ? inline.content.slice(0, attr.index) : inline.content).trim();
  const unit: Unit = { id, kind, markdown, hash: unitHash(markdown) };
  try {
    unit.segment = segmentOf(inline.children ?? []);
  } catch (error) {
    if (!(error instanceof UnsupportedMarkdown)) throw error;
    unit.unsupported = error.message;
  }
  const first = bodyStart + map[0];
  const last = bodyStart + map[1] - 1;
  let idLine = -1;
  for (let n = first; n <= last && n < lines.length; n++) {
    if (pattern.test(lines[n]!)) {
      idLine = n;
      break;
    }
  }
  const prefix = PREFIX[kind]!.exec(lines[first] ?? "")?.[0] ?? "";
  const firstWords = markdown.split("\n")[0]!.trim().slice(0, 12);
  if (idLine >= 0 && (lines[first] ?? "").slice(prefix.length).startsWith(firstWords)) {
    const suffixAt = pattern.exec(lines[idLine]!)!.index;
    unit.place = { first, idLine, prefix, suffix: lines[idLine]!.slice(suffixAt) };
  }
  return unit;
}
