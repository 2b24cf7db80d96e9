import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { buildSync, transformSync } from "esbuild";
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
  const result = buildSync({ entryPoints: [entry], bundle: true, format: "esm", platform: "browser", target: "es2022", minify: true, legalComments: "none", write: false, metafile: true, absWorkingDir: root });
  const inputs = Object.keys(result.metafile.inputs).map((file): [string, number] => [path.resolve(root, file), statSync(path.resolve(root, file)).mtimeMs]);
  const code = result.outputFiles[0]!.text;
  bundled.set(entry, { inputs, code });
  return code;
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
 * A component's page modules (*.module.js), which only some pages load, become /assets/js/<module>.js.
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
      // By the source folder: the output also holds the page modules, which have no source there.
      for (const file of readdirSync(path.join(options.root, "assets", dir)).filter((f) => f.endsWith(`.${loader}`))) {
        writeFileSync(path.join(folder, file), minify(readFileSync(path.join(options.root, "assets", dir, file), "utf8"), loader));
      }
    }
    mkdirSync(path.join(outDir, "js"), { recursive: true });
    for (const entry of pageModules(componentsDir)) writeFileSync(path.join(outDir, "js", path.basename(entry).replace(/\.module\.js$/, ".js")), bundleModule(entry, options.root));
  });
}
