import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { ContentError, throwIfAny } from "../content-error.ts";

/**
 * Blocks that lack an authored id: every heading, paragraph and list item must
 * carry one so paragraph links stay stable across edits and languages.
 * A list item counts as having one if its first paragraph has it (loose lists).
 *
 * @example
 * missingIds(md.parse("Text without id", {})) // → [{ line: 1, kind: "paragraph" }]
 */
export function missingIds(tokens: Token[]): { line: number; kind: string; text: string }[] {
  const missing: { line: number; kind: string; text: string }[] = [];
  const report = (token: Token, kind: string, inline?: Token) =>
    missing.push({ line: (token.map?.[0] ?? 0) + 1, kind, text: (inline?.content ?? "").slice(0, 50) });
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (token.type === "heading_open" && !token.attrGet("id")) report(token, "heading", next);
    if (token.type === "list_item_open" && !token.attrGet("id")) {
      const firstParagraph = next?.type === "paragraph_open" ? next : undefined;
      if (!firstParagraph?.attrGet("id")) report(token, "list item", tokens[i + 2]);
    }
    if (token.type === "paragraph_open" && !token.hidden && !token.attrGet("id") && tokens[i - 1]?.type !== "list_item_open") {
      report(token, "paragraph", next);
    }
  });
  return missing;
}

/** Fails the render of any page whose Markdown has a block without an authored id. */
export function requireIds(md: MarkdownIt): void {
  md.core.ruler.push("require_ids", (state) => {
    const file = (state.env as { page?: { inputPath?: string } })?.page?.inputPath;
    if (!file) return; // rendered outside a page (e.g. a filter): nothing to link to
    throwIfAny(
      missingIds(state.tokens).map(
        (m) => new ContentError(file, `line ${m.line} (${m.kind} "${m.text}")`, "an authored id at its end, like {#what-it-says}"),
      ),
    );
  });
}
