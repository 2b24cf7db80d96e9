import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { EleventyConfig } from "./types.ts";

/**
 * Joins files in a stable order, each headed by where it came from.
 *
 * @example
 * joinFiles(["/p/a.css"], "/p") // → the file, headed by a comment naming a.css
 */
export function joinFiles(files: string[], root: string): string {
  return files.map((file) => `/* ${path.relative(root, file)} */\n${readFileSync(file, "utf8").trim()}\n`).join("\n");
}

/** Files with this extension in each component folder (layouts/components/<name>/<name>.<ext>), sorted. */
function componentFiles(componentsDir: string, ext: string): string[] {
  return readdirSync(componentsDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(componentsDir, f));
}

/**
 * Components keep template, styles and script together; this writes their CSS
 * (after the base styles) to /assets/site.css and their scripts to /assets/site.js.
 */
export function componentAssetsPlugin(eleventyConfig: EleventyConfig, options: { root: string }): void {
  const componentsDir = path.join(options.root, "layouts", "components");
  const baseCss = path.join(options.root, "assets", "css", "base.css");
  eleventyConfig.addWatchTarget(componentsDir);
  eleventyConfig.on("eleventy.after", () => {
    // The event's own `dir` reports the config default, not the output the caller chose.
    const output = eleventyConfig.directories.output;
    const outDir = path.join(output, "assets");
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, "site.css"), joinFiles([baseCss, ...componentFiles(componentsDir, ".css")], options.root));
    writeFileSync(path.join(outDir, "site.js"), joinFiles(componentFiles(componentsDir, ".js"), options.root));
  });
}
