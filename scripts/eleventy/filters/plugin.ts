import { buildMemo } from "../../build-memo.ts";
import { addNunjucksFilter } from "../nunjucks-filter.ts";
import type { EleventyConfig } from "../types.ts";
import * as filters from "./index.ts";
import { qrPath, type QrPath } from "./qr-svg.ts";

/** Registers every pure filter from the barrel under its own name; the two that parse or encode keep their results between builds. */
export function filtersPlugin(eleventyConfig: EleventyConfig): void {
  for (const [name, filter] of Object.entries(filters)) addNunjucksFilter(eleventyConfig, name, filter);
  // "On this page" parses each article's HTML, and a QR code takes mask scoring: the same input gives the same result.
  const headings = buildMemo<ReturnType<typeof filters.headings>>("headings");
  const qrPaths = buildMemo<QrPath>("qr-paths");
  addNunjucksFilter(eleventyConfig, "headings", (html: string) => headings.get(html, filters.headings));
  addNunjucksFilter(eleventyConfig, "qrSvg", (text: string, label: string) => filters.qrSvg(text, label, (t) => qrPaths.get(t, qrPath)));
  eleventyConfig.on("eleventy.after", () => {
    headings.save();
    qrPaths.save();
  });
}
