import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";
import type { Locale } from "./i18n/locales.ts";
import { localeCss } from "./locale-css.ts";

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
 * The site's own assets by the path templates name them (before hashing, scripts/eleventy/hashed-assets.ts):
 * components keep template, styles and script together, and their CSS (after the base styles and the
 * per-language rules of locales.json) becomes /assets/site.css, their scripts /assets/site.js; the page
 * scripts and stylesheets of assets/js and assets/css are minified; anything else in assets/ (the icon)
 * is served as it is.
 *
 * @example
 * componentAssetSources(root, locales).keys() // → "/assets/site.css", "/assets/site.js", "/assets/css/print.css", "/assets/icon.svg", …
 */
export function componentAssetSources(root: string, locales: Locale[]): Map<string, string | Buffer> {
  const componentsDir = path.join(root, "layouts", "components");
  const assetsDir = path.join(root, "assets");
  const baseCss = path.join(assetsDir, "css", "base.css");
  const css = `${joinFiles([baseCss, ...componentFiles(componentsDir, ".css")], root)}\n/* content/_data/locales.json */\n${localeCss(locales)}\n`;
  const sources = new Map<string, string | Buffer>([
    ["/assets/site.css", minify(css, "css")],
    ["/assets/site.js", minify(joinFiles(componentFiles(componentsDir, ".js"), root), "js")],
  ]);
  for (const file of readdirSync(assetsDir, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(assetsDir, file);
    const ext = path.extname(file);
    if (full === baseCss || !ext) continue; // base.css is part of site.css; folders have no extension
    const sitePath = `/assets/${file.split(path.sep).join("/")}`;
    sources.set(sitePath, ext === ".css" || ext === ".js" ? minify(readFileSync(full, "utf8"), ext.slice(1) as "css" | "js") : readFileSync(full));
  }
  return sources;
}
