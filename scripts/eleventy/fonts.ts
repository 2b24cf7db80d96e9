import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Locale } from "./i18n/locales.ts";

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700];

/**
 * Rewrites a @fontsource stylesheet to self-hosted woff2 files and lists the files it needs.
 *
 * @example
 * rewriteFontCss("src: url(./files/a.woff2) format('woff2'), url(./files/a.woff) format('woff');", "noto-sans")
 * // → { css: "src: url(/assets/fonts/noto-sans/a.woff2) format('woff2');", files: ["a.woff2"] }
 */
export function rewriteFontCss(css: string, family: string): { css: string; files: string[] } {
  const files: string[] = [];
  const rewritten = css.replace(/src: url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)(, url\([^)]+\) format\('woff'\))?;/g, (_m, file: string) => {
    files.push(file);
    return `src: url(/assets/fonts/${family}/${file}) format('woff2');`;
  });
  return { css: rewritten, files };
}

/**
 * Moves the Vietnamese subset's @font-face blocks last. Its letters (ơ, ư, đ, …) are also in the
 * latin-ext subset, and of overlapping faces the browser tries the last declared first: in
 * @fontsource's order a Vietnamese page downloads latin-ext (about 110 KB) instead of 11 KB.
 *
 * @example
 * vietnameseLast("/* x-vietnamese-400 *\/\n@font-face {a}\n\n/* x-latin-400 *\/\n@font-face {b}")
 * // → "/* x-latin-400 *\/\n@font-face {b}\n\n/* x-vietnamese-400 *\/\n@font-face {a}"
 */
export function vietnameseLast(css: string): string {
  const blocks = css.split(/\n(?=\/\* )/).map((b) => b.trim()).filter(Boolean);
  const isVietnamese = (b: string) => /^\/\* [^*]*-vietnamese-/.test(b);
  return [...blocks.filter((b) => !isVietnamese(b)), ...blocks.filter(isVietnamese)].join("\n\n");
}

/**
 * The site path of a family's stylesheet (before hashing): every @font-face of the family, each with its range.
 *
 * @example
 * familyStylesheet("noto-sans-sc") // → "/assets/fonts/noto-sans-sc.css"
 */
export const familyStylesheet = (family: string): string => `/assets/fonts/${family}.css`;

/** Font files read once per process: the @fontsource packages do not change while the dev server runs. */
const fontCache = new Map<string, Map<string, string | Buffer>>();

/**
 * The self-hosted Noto families that locales.json names, by site path (before hashing): one CSS file per
 * family at /assets/fonts/<family>.css, only woff2, only the weights used.
 *
 * @example
 * fontSources(locales).keys() // → "/assets/fonts/noto-sans.css", "/assets/fonts/noto-sans/noto-sans-latin-400-normal.woff2", …
 */
export function fontSources(locales: Locale[]): Map<string, string | Buffer> {
  const sources = new Map<string, string | Buffer>();
  for (const family of [...new Set(locales.flatMap((l) => l.fonts))]) {
    if (!fontCache.has(family)) fontCache.set(family, familySources(family));
    for (const [sitePath, content] of fontCache.get(family)!) sources.set(sitePath, content);
  }
  return sources;
}

function familySources(family: string): Map<string, string | Buffer> {
  const packageDir = path.dirname(require.resolve(`@fontsource/${family}/package.json`));
  const parts = WEIGHTS.map((w) => rewriteFontCss(readFileSync(path.join(packageDir, `${w}.css`), "utf8"), family));
  const sources = new Map<string, string | Buffer>([[familyStylesheet(family), parts.map((p) => vietnameseLast(p.css)).join("\n")]]);
  for (const file of parts.flatMap((p) => p.files)) sources.set(`/assets/fonts/${family}/${file}`, readFileSync(path.join(packageDir, "files", file)));
  return sources;
}
