import { expect, test } from "vitest";
import { familyStylesheet, fontSources, rewriteFontCss, vietnameseLast } from "../../../scripts/eleventy/fonts.ts";

test("rewrites @fontsource CSS to self-hosted woff2 only, listing the files", () => {
  const css = "@font-face { src: url(./files/noto-sans-latin-400-normal.woff2) format('woff2'), url(./files/noto-sans-latin-400-normal.woff) format('woff'); }";
  expect(rewriteFontCss(css, "noto-sans")).toEqual({
    css: "@font-face { src: url(/assets/fonts/noto-sans/noto-sans-latin-400-normal.woff2) format('woff2'); }",
    files: ["noto-sans-latin-400-normal.woff2"],
  });
});

test("the Vietnamese subset is declared last, so its overlap with latin-ext is served from it", () => {
  const css = "/* n-vietnamese-400-normal */\n@font-face { a }\n\n/* n-latin-ext-400-normal */\n@font-face { b }\n\n/* n-latin-400-normal */\n@font-face { c }\n";
  expect(vietnameseLast(css)).toBe("/* n-latin-ext-400-normal */\n@font-face { b }\n\n/* n-latin-400-normal */\n@font-face { c }\n\n/* n-vietnamese-400-normal */\n@font-face { a }");
});

test("a family's stylesheet is where fontSources puts it", () => {
  expect(familyStylesheet("noto-sans")).toBe("/assets/fonts/noto-sans.css");
  expect(fontSources([{ fonts: ["noto-sans"] } as never]).has(familyStylesheet("noto-sans"))).toBe(true);
});
