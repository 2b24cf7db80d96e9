import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { SiteStateRef } from "./site-state.ts";
import type { EleventyConfig } from "./types.ts";

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

/** Self-hosts the Noto families that locales.json names: one CSS file per family, only woff2, only the weights used. */
export function fontsPlugin(eleventyConfig: EleventyConfig, options: { state: SiteStateRef }): void {
  eleventyConfig.on("eleventy.after", () => {
    // The event's own `dir` reports the config default, not the output the caller chose.
    const output = eleventyConfig.directories.output;
    const families = [...new Set(options.state.get().site.locales.flatMap((l) => l.fonts))];
    for (const family of families) {
      const packageDir = path.dirname(require.resolve(`@fontsource/${family}/package.json`));
      const outDir = path.join(output, "assets", "fonts", family);
      mkdirSync(outDir, { recursive: true });
      const parts = WEIGHTS.map((w) => rewriteFontCss(readFileSync(path.join(packageDir, `${w}.css`), "utf8"), family));
      writeFileSync(path.join(output, "assets", "fonts", `${family}.css`), parts.map((p) => vietnameseLast(p.css)).join("\n"));
      for (const file of parts.flatMap((p) => p.files)) copyFileSync(path.join(packageDir, "files", file), path.join(outDir, file));
    }
  });
}
