import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { ContentError, throwIfAny } from "../content-error.ts";

/**
 * Images written without alt text (`![](…)`): a screen reader would announce nothing, or the file name.
 *
 * @example
 * imagesWithoutAlt(md.parse("![](/a.png)", {})) // → [{ line: 1, src: "/a.png" }]
 */
export function imagesWithoutAlt(tokens: Token[]): { line: number; src: string }[] {
  const found: { line: number; src: string }[] = [];
  for (const token of tokens) {
    for (const child of token.children ?? []) {
      if (child.type === "image" && child.content.trim() === "") found.push({ line: (token.map?.[0] ?? 0) + 1, src: child.attrGet("src") ?? "" });
    }
  }
  return found;
}

/** Fails the render of any page with an image that has no alt text. */
export function requireAlt(md: MarkdownIt): void {
  md.core.ruler.push("require_alt", (state) => {
    const file = (state.env as { page?: { inputPath?: string } })?.page?.inputPath;
    if (!file) return;
    throwIfAny(imagesWithoutAlt(state.tokens).map((m) => new ContentError(file, `line ${m.line} (image ${m.src})`, "alt text describing the image: ![what it shows](…)")));
  });
}
