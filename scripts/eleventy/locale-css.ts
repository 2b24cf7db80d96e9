import type { Locale } from "./i18n/locales.ts";

const GENERIC_FAMILIES = new Set(["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-serif", "ui-sans-serif", "ui-monospace", "math", "emoji"]);

/** A font-family list as CSS: named families quoted, generic ones as keywords. */
const familyList = (families: string[]) => families.map((f) => (GENERIC_FAMILIES.has(f) ? f : `"${f}"`)).join(", ");

/**
 * The per-language CSS that locales.json describes (the device's fonts on screen, the self-hosted
 * fonts on paper, line breaking, upright emphasis), so the authored stylesheets name no language.
 *
 * @example
 * localeCss([{ lang: "ko", screenFontStack: ["Malgun Gothic", "sans-serif"], printFontStack: ["Noto Sans KR"], wordBreak: "keep-all", … }])
 * // → ':root:lang(ko) { --font-body: "Malgun Gothic", sans-serif; }\n@media print { … "Noto Sans KR"; } }\n…\n:lang(ko) { word-break: keep-all; }'
 */
export function localeCss(locales: Locale[]): string {
  const rules: string[] = [];
  for (const l of locales) {
    if (l.screenFontStack) rules.push(`:root:lang(${l.lang}) { --font-body: ${familyList(l.screenFontStack)}; }`);
    // Printables, and a reference page the print stage has given the paper fonts (scripts/print.ts).
    rules.push(`@media print { :root:is(.print-doc, [data-paper-fonts]):lang(${l.lang}) { --font-body: ${familyList(l.printFontStack)}; } }`);
    // A print preview whose agency form is open shows its paper in the fonts the PDF embeds (agency-form.module.js).
    rules.push(`:root.print-doc[data-paper-fonts]:lang(${l.lang}) .print-paper { --font-body: ${familyList(l.printFontStack)}; }`);
    if (l.wordBreak) rules.push(`:lang(${l.lang}) { word-break: ${l.wordBreak}; }`);
    if (l.lineBreak) rules.push(`:lang(${l.lang}) { line-break: ${l.lineBreak}; }`);
    // Scripts without a true italic: emphasis stays upright rather than slanted by the browser.
    if (l.italic === false) rules.push(`:lang(${l.lang}) { --emphasis-style: normal; }`);
  }
  return rules.join("\n");
}
