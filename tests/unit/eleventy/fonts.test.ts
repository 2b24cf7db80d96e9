import { expect, test } from "vitest";
import { rewriteFontCss } from "../../../scripts/eleventy/fonts.ts";

test("rewrites @fontsource CSS to self-hosted woff2 only, listing the files", () => {
  const css = "@font-face { src: url(./files/noto-sans-latin-400-normal.woff2) format('woff2'), url(./files/noto-sans-latin-400-normal.woff) format('woff'); }";
  expect(rewriteFontCss(css, "noto-sans")).toEqual({
    css: "@font-face { src: url(/assets/fonts/noto-sans/noto-sans-latin-400-normal.woff2) format('woff2'); }",
    files: ["noto-sans-latin-400-normal.woff2"],
  });
});
