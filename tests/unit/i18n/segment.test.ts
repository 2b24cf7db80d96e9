import { describe, expect, test } from "vitest";
import { createMarkdown } from "../../../scripts/eleventy/markdown/create-markdown.ts";
import { matchCodes, segmentMarkdown, segmentOf } from "../../../scripts/i18n/segment.ts";

const md = createMarkdown();
const segment = (markdown: string) => segmentOf(md.parseInline(markdown, {})[0]!.children!);

describe("an image in a paragraph", () => {
  test("is a paired code whose content is its alt text, to be translated", () => {
    expect(segment("![A form](/assets/screens/en/form.webp)")).toEqual({
      pieces: [{ open: "1" }, { text: "A form" }, { close: "1" }],
      codes: { 1: { kind: "image", start: "![", end: "](/assets/screens/en/form.webp)", key: "image /assets/screens/en/form.webp" } },
    });
  });
  test("matches the translation's screenshot of the same page, and is written back with the translation's own", () => {
    const english = segment("![A form](/assets/screens/en/form.webp)");
    const spanish = segment("![Un formulario](/assets/screens/es/form.webp)");
    const { segment: renumbered, unmatched } = matchCodes(english, spanish, (href) => href.replace(/^(\/assets\/screens)?\/es\//, "$1/en/"));
    expect(unmatched).toEqual([]);
    expect(segmentMarkdown(renumbered, (href) => href.replace(/^(\/assets\/screens)?\/en\//, "$1/es/"))).toBe("![Un formulario](/assets/screens/es/form.webp)");
  });
});
