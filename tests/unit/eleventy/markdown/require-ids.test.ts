import MarkdownIt from "markdown-it";
import { describe, expect, test } from "vitest";
import { createMarkdown } from "../../../../scripts/eleventy/markdown/create-markdown.ts";
import { missingIds } from "../../../../scripts/eleventy/markdown/require-ids.ts";

import { blockAttrs } from "../../../../scripts/eleventy/markdown/block-attrs.ts";

// The bare parser plus {#id} attributes: what the rule sees before markdown-it-anchor adds fallback slugs.
const parse = (s: string) => new MarkdownIt().use(blockAttrs).parse(s, {});

describe("missingIds", () => {
  test("a fully authored page has none", () => expect(missingIds(parse("## H {#h}\n\nP {#p}\n\n- a {#a}\n  - b {#b}\n"))).toEqual([]));
  test("names the kind and line of each block without an id", () => {
    expect(missingIds(parse("## H\n\nP {#p}\n\n- a {#a}\n- b\n\nlast"))).toEqual([
      { line: 1, kind: "heading", text: "H" },
      { line: 6, kind: "list item", text: "b" },
      { line: 8, kind: "paragraph", text: "last" },
    ]);
  });
  test("a loose list item counts its first paragraph's id", () => expect(missingIds(parse("- a {#a}\n\n- b {#b}\n"))).toEqual([]));
  test("rendering a page with a missing id fails, naming the file", () => {
    expect(() => createMarkdown().render("Para", { page: { inputPath: "content/en/x.md" } })).toThrow(/content\/en\/x\.md: line 1 \(paragraph "Para"\)/);
  });
  test("works on plain markdown-it tokens too", () => expect(missingIds(new MarkdownIt().parse("x", {}))).toHaveLength(1));
});
