// What one language's offline pack holds, read from the built site itself: the language's pages, the
// assets those pages load (and the fonts and modules those assets load in turn), and the language's
// Pagefind files. Nothing else: no PDF or other download, no other language's pages or index.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { referencesOf } from "../eleventy/hashed-assets.ts";
import { elements } from "../html/parse.ts";

/** Attributes through which a page loads or links a file (srcset lists several, each with a size after it). */
const URL_ATTRIBUTES = ["href", "src", "srcset", "poster"];

/** Where the site's own assets live: the only files outside a language's folder that its pages load, besides search. */
const ASSETS = "/assets/";

/** Pagefind's per-language chunk folders: their files are named <language key>_<hash>. */
const CHUNK_FOLDERS = ["index", "fragment", "filter"];

const toSitePath = (site: string, file: string) => "/" + path.relative(site, file).split(path.sep).join("/");

/**
 * The site paths of every page (index.html) under /<code>/, sorted.
 *
 * @example
 * languagePages("dist", "en") // → ["/en/about/online-safety/index.html", "/en/index.html", …]
 */
export function languagePages(site: string, code: string): string[] {
  const dir = path.join(site, code);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "index.html")
    .map((f) => toSitePath(site, path.join(dir, f)))
    .sort();
}

/**
 * The /assets/ paths an HTML page names in href, src, srcset or poster (query and fragment dropped).
 *
 * @example
 * assetsNamedIn('<link rel="stylesheet" href="/assets/site.1a.css"><img srcset="/assets/a.webp 1x, /assets/b.webp 2x">')
 * // → ["/assets/site.1a.css", "/assets/a.webp", "/assets/b.webp"]
 */
export function assetsNamedIn(html: string): string[] {
  const found = new Set<string>();
  for (const element of elements(html, (e) => URL_ATTRIBUTES.some((name) => e.attribs[name] !== undefined))) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.attribs[name];
      if (value === undefined) continue;
      const urls = name === "srcset" ? value.split(",").map((candidate) => candidate.trim().split(" ")[0]!) : [value.trim()];
      for (const url of urls) if (url.startsWith(ASSETS)) found.add(url.split("#")[0]!.split("?")[0]!);
    }
  }
  return [...found];
}

/**
 * Every asset the pages load, followed through the stylesheets (fonts) and scripts (modules) that name others.
 * An asset a page names that is not in the site is an error: the pack would be missing it offline.
 *
 * @example
 * assetsUsedBy("dist", ["/en/index.html"]) // → ["/assets/fonts/noto-sans.28a69d4603.css", "/assets/fonts/noto-sans/…woff2", …]
 */
export function assetsUsedBy(site: string, pages: string[]): string[] {
  const seen = new Set<string>();
  const queue = pages.flatMap((page) => assetsNamedIn(readFileSync(path.join(site, page), "utf8")).map((asset) => ({ asset, namedIn: page })));
  while (queue.length) {
    const { asset, namedIn } = queue.shift()!;
    if (seen.has(asset)) continue;
    const file = path.join(site, asset);
    if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${namedIn} loads ${asset}, which is not in the built site`);
    seen.add(asset);
    if (asset.endsWith(".css") || asset.endsWith(".js")) {
      for (const next of referencesOf(asset, readFileSync(file, "utf8"))) queue.push({ asset: next, namedIn: asset });
    }
  }
  return [...seen].sort();
}

/**
 * One language's Pagefind files: the shared loader and entry file, the language's metadata and WebAssembly
 * (Pagefind's "unknown" build where the language has none of its own), and its index, fragment and filter
 * chunks. pagefind-worker.js is left out: the search page runs Pagefind on the main thread (noWorker).
 * A site built without search has none.
 *
 * @example
 * pagefindFiles("dist", "zh-hans") // → ["/pagefind/filter/zh-hans_16f2522.pf_filter", …, "/pagefind/wasm.unknown.pagefind"]
 */
export function pagefindFiles(site: string, key: string): string[] {
  const bundle = path.join(site, "pagefind");
  const entryFile = path.join(bundle, "pagefind-entry.json");
  if (!existsSync(entryFile)) return [];
  const entry = JSON.parse(readFileSync(entryFile, "utf8")) as { languages: Record<string, { hash: string; wasm: string | null }> };
  const language = entry.languages[key];
  if (!language) throw new Error(`the search index has no language "${key}" (it has ${Object.keys(entry.languages).join(", ")})`);
  const files = ["pagefind.js", "pagefind-entry.json", `pagefind.${language.hash}.pf_meta`, `wasm.${language.wasm ?? "unknown"}.pagefind`];
  const chunks = CHUNK_FOLDERS.flatMap((folder) =>
    existsSync(path.join(bundle, folder)) ? readdirSync(path.join(bundle, folder)).filter((f) => f.startsWith(`${key}_`)).map((f) => `${folder}/${f}`) : [],
  );
  const missing = files.filter((f) => !existsSync(path.join(bundle, f)));
  if (missing.length) throw new Error(`the search index lacks ${missing.join(", ")} for language "${key}"`);
  return [...files, ...chunks].map((f) => `/pagefind/${f}`).sort();
}

/**
 * Everything one language's offline pack holds, as site paths of files in the built site.
 *
 * @example
 * offlinePackFiles("dist", { code: "en", lang: "en" }) // → ["/assets/…", "/en/…/index.html", "/pagefind/…"]
 */
export function offlinePackFiles(site: string, locale: { code: string; lang: string }): string[] {
  const pages = languagePages(site, locale.code);
  return [...pages, ...assetsUsedBy(site, pages), ...pagefindFiles(site, locale.lang.toLowerCase())].sort();
}
