import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildSync, transformSync } from "esbuild";
import type { Locale } from "./i18n/locales.ts";
import { cachedBundle, cachedOutput } from "./esbuild-cache.ts";
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

/** Each component's own file of one kind (layouts/components/<name>/<name><ext>), sorted by name. */
function componentFiles(componentsDir: string, ext: string): string[] {
  return readdirSync(componentsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(componentsDir, d.name, `${d.name}${ext}`))
    .filter((file) => existsSync(file))
    .sort();
}

/** Page modules: layouts/components/<name>/<module>.module.js, each bundled on its own to /assets/js/<module>.js. */
function pageModules(componentsDir: string): string[] {
  return readdirSync(componentsDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".module.js"))
    .sort()
    .map((f) => path.join(componentsDir, f));
}

/** Bundles already made in this process, with the modification times of the files that went in. */
const bundled = new Map<string, { inputs: [string, number][]; code: string }>();

/**
 * A page module bundled with what it imports (pdf-lib, shared scripts/print code) as one minified ES
 * module. Only the pages that need it load it, so site.js stays small; a bundle whose inputs are
 * unchanged is reused, which keeps the dev loop's rebuilds quick.
 *
 * @example
 * bundleModule("layouts/components/agency-form/agency-form.module.js", ".") // → "var …;export{…}\n"
 */
export function bundleModule(entry: string, root: string): string {
  const known = bundled.get(entry);
  if (known?.inputs.every(([file, mtime]) => existsSync(file) && statSync(file).mtimeMs === mtime)) return known.code;
  const { code, inputs } = cachedBundle(entry, () => {
    const result = buildSync({ entryPoints: [entry], bundle: true, format: "esm", platform: "browser", target: "es2022", minify: true, legalComments: "none", write: false, metafile: true, absWorkingDir: root });
    return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs).map((file) => path.resolve(root, file)) };
  });
  bundled.set(entry, { inputs: inputs.map((file): [string, number] => [file, statSync(file).mtimeMs]), code });
  return code;
}

/**
 * Minified CSS or JavaScript: what a phone downloads is what counts (the readable source is in the repository).
 *
 * @example
 * minify("a {  color: red; }", "css") // → "a{color:red}\n"
 */
export function minify(code: string, loader: "css" | "js"): string {
  return cachedOutput(["minify", loader, code], () => transformSync(code, { loader, minify: true, legalComments: "none" }).code);
}

/**
 * The site's own assets by the path templates name them (before hashing, scripts/eleventy/hashed-assets.ts):
 * components keep template, styles and script together, and their CSS (after the base styles and the
 * per-language rules of locales.json) becomes /assets/site.css, their scripts /assets/site.js; the page
 * scripts and stylesheets of assets/js and assets/css are minified; a component's page modules (*.module.js),
 * which only some pages load, are bundled to /assets/js/<module>.js; anything else in assets/ (the icon) is
 * served as it is (content's screenshots, assets/screens/, named in Markdown by path and rendered hashed).
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
  for (const entry of pageModules(componentsDir)) sources.set(`/assets/js/${path.basename(entry, ".module.js")}.js`, bundleModule(entry, root));
  for (const file of readdirSync(assetsDir, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(assetsDir, file);
    const ext = path.extname(file);
    if (full === baseCss || !ext) continue; // base.css is part of site.css; folders have no extension
    const sitePath = `/assets/${file.split(path.sep).join("/")}`;
    sources.set(sitePath, ext === ".css" || ext === ".js" ? minify(readFileSync(full, "utf8"), ext.slice(1) as "css" | "js") : readFileSync(full));
  }
  return sources;
}
