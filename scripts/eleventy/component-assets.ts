import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";
import { localeCss } from "./locale-css.ts";
import type { SiteStateRef } from "./site-state.ts";
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
 * Minified CSS or JavaScript: what a phone downloads is what counts (the readable source is in the repository).
 *
 * @example
 * minify("a {  color: red; }", "css") // → "a{color:red}\n"
 */
export function minify(code: string, loader: "css" | "js"): string {
  return transformSync(code, { loader, minify: true, legalComments: "none" }).code;
}

/**
 * Components keep template, styles and script together; this writes their CSS
 * (after the base styles) to /assets/site.css and their scripts to /assets/site.js,
 * minified like the page scripts in /assets/js/ and the stylesheets in /assets/css/.
 */
export function componentAssetsPlugin(eleventyConfig: EleventyConfig, options: { root: string; state: SiteStateRef }): void {
  const componentsDir = path.join(options.root, "layouts", "components");
  const baseCss = path.join(options.root, "assets", "css", "base.css");
  eleventyConfig.addWatchTarget(componentsDir);
  eleventyConfig.on("eleventy.after", () => {
    // The event's own `dir` reports the config default, not the output the caller chose.
    const output = eleventyConfig.directories.output;
    const outDir = path.join(output, "assets");
    mkdirSync(outDir, { recursive: true });
    const css = `${joinFiles([baseCss, ...componentFiles(componentsDir, ".css")], options.root)}\n/* content/_data/locales.json */\n${localeCss(options.state.get().site.locales)}\n`;
    writeFileSync(path.join(outDir, "site.css"), minify(css, "css"));
    writeFileSync(path.join(outDir, "site.js"), minify(joinFiles(componentFiles(componentsDir, ".js"), options.root), "js"));
    // The passthrough copies of assets/js and assets/css, minified in place.
    for (const [dir, loader] of [["js", "js"], ["css", "css"]] as const) {
      const folder = path.join(outDir, dir);
      if (!existsSync(folder)) continue;
      for (const file of readdirSync(folder).filter((f) => f.endsWith(`.${loader}`))) {
        writeFileSync(path.join(folder, file), minify(readFileSync(path.join(options.root, "assets", dir, file), "utf8"), loader));
      }
    }
  });
}
