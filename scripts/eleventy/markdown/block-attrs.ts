// The {#id .class} syntax content uses, and nothing more: an id (and classes) at the end of a heading, paragraph
// or list item, and classes on the line after a list. markdown-it-attrs did this by testing a dozen patterns
// on every token, which took as long as parsing the Markdown; the output is the same for what content writes.
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";
import { ContentError } from "../content-error.ts";

/** A block's attributes at the end of its text: `{#id}`, `{.class}`, `{#id .class}`. */
const TRAILING = /\{([#.][^{}]*)\}$/;
/** Text that looks like attributes anywhere else: left as words, it would show on the page. */
const STRAY = /\{[#.][^\s{}]/;

/**
 * The attributes of one `{…}` block, in their order: `#x` is the id, `.x` a class.
 *
 * @example
 * parseAttrs("#notes-1 .write-space") // → [["id", "notes-1"], ["class", "write-space"]]
 */
export function parseAttrs(inside: string): [string, string][] | undefined {
  const parts = inside.trim().split(/\s+/);
  if (!parts.every((p) => /^[#.][^#.\s"'=<>]+$/.test(p))) return undefined;
  return parts.map((p) => [p[0] === "#" ? "id" : "class", p.slice(1)]);
}

function addAttrs(attrs: [string, string][], token: Token): void {
  for (const [name, value] of attrs) {
    if (name === "class") token.attrJoin("class", value);
    else token.attrSet(name, value);
  }
}

/** The opening token of the block a closing token at `close` ends. */
function openerOf(tokens: Token[], close: number): Token {
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    depth += tokens[k]!.nesting;
    if (depth === 0) return tokens[k]!;
  }
  return tokens[close]!;
}

/** Where the attributes on a line of their own after a block's text go: the list it ends, or the block itself. */
function ownLineTarget(tokens: Token[], i: number): Token {
  if (tokens[i - 2]?.type === "list_item_open") {
    let k = i - 2;
    while (k > 0 && !/^(bullet|ordered)_list_open$/.test(tokens[k - 1]!.type)) k--;
    return tokens[k - 1] ?? tokens[i - 1]!;
  }
  let close = i + 1;
  while (tokens[close + 1]?.nesting === -1) close++;
  return openerOf(tokens, close);
}

/** Where the attributes at the end of a block's text go: a list item's first paragraph gives them to the item. */
function endTarget(tokens: Token[], i: number): Token {
  return tokens[i - 2]?.type === "list_item_open" ? tokens[i - 2]! : tokens[i - 1]!;
}

/** Moves one inline token's attribute blocks onto their elements; `report` is told of any it cannot place. */
function placeAttrs(tokens: Token[], i: number, report: (what: string) => void): void {
  const children = tokens[i]!.children ?? [];
  const last = children.at(-1);
  if (last?.type === "text" && children.at(-2)?.type === "softbreak" && /^\{[^{}]*\}$/.test(last.content)) {
    const attrs = parseAttrs(last.content.slice(1, -1));
    if (!attrs) return report(last.content);
    addAttrs(attrs, ownLineTarget(tokens, i));
    children.splice(-2, 2);
  }
  const end = children.at(-1);
  const match = end?.type === "text" ? TRAILING.exec(end.content) : null;
  if (end && match) {
    const attrs = parseAttrs(match[1]!);
    if (!attrs) return report(match[0]);
    addAttrs(attrs, endTarget(tokens, i));
    const before = end.content.slice(0, match.index);
    end.content = before.endsWith(" ") ? before.slice(0, -1) : before;
  }
  const stray = children.find((c) => c.type === "text" && STRAY.test(c.content));
  if (stray) report(STRAY.exec(stray.content)![0]);
}

/**
 * Places every `{#id .class}` block. On a page, one anywhere else is an error naming the file, line and text;
 * Markdown rendered outside a page (a filter, the translation tools) keeps it as words and sets nothing.
 */
export function blockAttrs(md: MarkdownIt): void {
  md.core.ruler.before("linkify", "block_attrs", (state: StateCore) => {
    const file = (state.env as { page?: { inputPath?: string } } | undefined)?.page?.inputPath;
    state.tokens.forEach((token, i) => {
      if (token.type !== "inline") return;
      placeAttrs(state.tokens, i, (what) => {
        if (!file) return;
        throw new ContentError(file, `line ${(token.map?.[0] ?? 0) + 1} ("${what}")`, "attributes as {#id} or {#id .class} at the end of a heading, paragraph or list item, or {.class} on the line after a list");
      });
    });
  });
}
