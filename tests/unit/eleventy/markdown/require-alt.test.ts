import { expect, test } from "vitest";
import { createMarkdown } from "../../../../scripts/eleventy/markdown/create-markdown.ts";
import { imagesWithoutAlt } from "../../../../scripts/eleventy/markdown/require-alt.ts";

test("images without alt text are found; described ones are not", () => {
  const tokens = createMarkdown().parse("![](/a.png) {#a}\n\n![A map](/b.png) {#b}\n", {});
  expect(imagesWithoutAlt(tokens)).toEqual([{ line: 1, src: "/a.png" }]);
});
