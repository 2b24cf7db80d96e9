import { describe, expect, test } from "vitest";
import { localeSchema } from "../../../scripts/eleventy/i18n/locales.ts";
import { localeCss } from "../../../scripts/eleventy/locale-css.ts";

const locale = (fields: Record<string, unknown>) => localeSchema.parse({ code: "xx", lang: "xx", dir: "ltr", label: "X", fonts: ["noto-sans"], ...fields });

describe("localeCss", () => {
  test("a language with no typography of its own adds nothing", () => {
    expect(localeCss([locale({})])).toBe("");
  });

  test("font stacks: named families quoted, generic families as keywords, print only on print pages and on a preview's paper once asked for", () => {
    const css = localeCss([locale({ lang: "xx-Yy", screenFontStack: ["Noto Sans", "Some Font", "system-ui", "sans-serif"], printFontStack: ["Noto Sans", "sans-serif"] })]);
    expect(css).toBe(
      ':root:lang(xx-Yy) { --font-body: "Noto Sans", "Some Font", system-ui, sans-serif; }\n' +
        '@media print { :root:is(.print-doc, [data-paper-fonts]):lang(xx-Yy) { --font-body: "Noto Sans", sans-serif; } }\n' +
        ':root.print-doc[data-paper-fonts]:lang(xx-Yy) .print-paper { --font-body: "Noto Sans", sans-serif; }',
    );
  });

  test("line breaking and upright emphasis, one rule each", () => {
    expect(localeCss([locale({ wordBreak: "keep-all", lineBreak: "strict", italic: false })])).toBe(
      ":lang(xx) { word-break: keep-all; }\n:lang(xx) { line-break: strict; }\n:lang(xx) { --emphasis-style: normal; }",
    );
  });

  test("rules follow the order of locales.json", () => {
    expect(localeCss([locale({ lang: "aa", italic: false }), locale({ lang: "bb", italic: false })]).split("\n")).toEqual([":lang(aa) { --emphasis-style: normal; }", ":lang(bb) { --emphasis-style: normal; }"]);
  });
});
