import { describe, expect, test } from "vitest";
import { localeSchema } from "../../../scripts/eleventy/i18n/locales.ts";
import { localeCss } from "../../../scripts/eleventy/locale-css.ts";

const locale = (fields: Record<string, unknown>) => localeSchema.parse({ code: "xx", lang: "xx", dir: "ltr", label: "X", fonts: ["noto-sans"], ...fields });
const paper = (lang: string, stack: string) => [
  `@media print { :root:is(.print-doc, [data-paper-fonts]):lang(${lang}) { --font-body: ${stack}; } }`,
  `:root.print-doc[data-paper-fonts]:lang(${lang}) .print-paper { --font-body: ${stack}; }`,
];

describe("localeCss", () => {
  test("a language with no typography of its own: the device's fonts on screen (base.css), self-hosted Noto Sans on paper", () => {
    expect(localeCss([locale({})]).split("\n")).toEqual(paper("xx", '"Noto Sans", sans-serif'));
  });

  test("font stacks: named families quoted, generic families as keywords, print only on print pages and on a preview's paper once asked for", () => {
    const css = localeCss([locale({ lang: "xx-Yy", screenFontStack: ["Some Font", "system-ui", "sans-serif"], printFontStack: ["Noto Sans", "Noto Sans SC", "sans-serif"] })]);
    expect(css.split("\n")).toEqual([':root:lang(xx-Yy) { --font-body: "Some Font", system-ui, sans-serif; }', ...paper("xx-Yy", '"Noto Sans", "Noto Sans SC", sans-serif')]);
  });

  test("line breaking and upright emphasis, one rule each", () => {
    expect(localeCss([locale({ wordBreak: "keep-all", lineBreak: "strict", italic: false })]).split("\n").slice(2)).toEqual([
      ":lang(xx) { word-break: keep-all; }",
      ":lang(xx) { line-break: strict; }",
      ":lang(xx) { --emphasis-style: normal; }",
    ]);
  });

  test("rules follow the order of locales.json", () => {
    const lines = localeCss([locale({ lang: "aa", italic: false }), locale({ lang: "bb", italic: false })]).split("\n");
    expect(lines.filter((l) => l.includes("emphasis"))).toEqual([":lang(aa) { --emphasis-style: normal; }", ":lang(bb) { --emphasis-style: normal; }"]);
    expect(lines.findIndex((l) => l.includes("(bb)"))).toBeGreaterThan(lines.findIndex((l) => l.includes("(aa)")));
  });
});
