// Every file under /assets/ is named for its content (site.3f2a9c1e0b.css), so a server can let
// browsers keep it for a year (Cache-Control: immutable): a changed file is a new name, and the
// pages that load it name the new one. Templates never write a hash: {{ "/assets/site.css" | asset }}.
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { writeFiles } from "../write-files.ts";
import { componentAssetSources } from "./component-assets.ts";
import { fontSources } from "./fonts.ts";
import { addNunjucksFilter } from "./nunjucks-filter.ts";
import type { SiteStateRef } from "./site-state.ts";
import type { EleventyConfig } from "./types.ts";

/** One asset: the path templates name it by, and the content-hashed path it is served at. */
export interface HashedAsset {
  file: string;
  bytes: Buffer;
}

/**
 * A site path with the first 10 hex digits of its content's SHA-256 before the extension.
 *
 * @example
 * hashedName("/assets/site.css", Buffer.from("a{}")) // → "/assets/site.0a0a9f2a67.css"
 */
export function hashedName(sitePath: string, bytes: Buffer): string {
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
  const ext = path.posix.extname(sitePath);
  return `${sitePath.slice(0, sitePath.length - ext.length)}.${hash}${ext}`;
}

/** References one asset makes to others: url(/assets/…) in CSS, "./x.js" module specifiers in JavaScript. */
const REFERENCE = { ".css": /url\(\s*(["']?)(\/assets\/[^"')\s]+)\1\s*\)/g, ".js": /(["'])(\.\/[\w.-]+\.js)\1/g } as const;

/**
 * The asset paths a CSS or JavaScript asset refers to (a module specifier resolved against its own folder).
 *
 * @example
 * referencesOf("/assets/js/search-page.js", 'import("./search-terms.js")') // → ["/assets/js/search-terms.js"]
 */
export function referencesOf(sitePath: string, code: string): string[] {
  const pattern = REFERENCE[path.posix.extname(sitePath) as keyof typeof REFERENCE];
  if (!pattern) return [];
  return [...code.matchAll(pattern)].map((m) => path.posix.resolve(path.posix.dirname(sitePath), m[2]!));
}

/**
 * Content-hashed names for a set of assets: files that others refer to are hashed first, and each
 * reference is rewritten to the name it points at, so a changed font also renames the CSS that loads it.
 *
 * @example
 * hashAssets(new Map([["/assets/a.woff2", bytes], ["/assets/a.css", "src: url(/assets/a.woff2)"]])).get("/assets/a.css")!.file
 * // → "/assets/a.<hash of the CSS naming a.<hash>.woff2>.css"
 */
export function hashAssets(sources: Map<string, Buffer | string>): Map<string, HashedAsset> {
  const done = new Map<string, HashedAsset>();
  const pending = new Map([...sources].map(([p, content]) => [p, { content, refs: typeof content === "string" ? referencesOf(p, content) : [] }]));
  while (pending.size) {
    const ready = [...pending].filter(([, s]) => s.refs.every((r) => done.has(r) || !sources.has(r)));
    if (!ready.length) throw new Error(`Assets refer to each other in a circle: ${[...pending.keys()].join(", ")}`);
    for (const [sitePath, { content }] of ready) {
      const linked = typeof content === "string" ? relink(sitePath, content, done) : content;
      const bytes = Buffer.isBuffer(linked) ? linked : Buffer.from(linked);
      done.set(sitePath, { file: hashedName(sitePath, bytes), bytes });
      pending.delete(sitePath);
    }
  }
  return done;
}

/** The code with each reference to a hashed asset replaced by its hashed name (relative stays relative). */
function relink(sitePath: string, code: string, done: Map<string, HashedAsset>): string {
  const pattern = REFERENCE[path.posix.extname(sitePath) as keyof typeof REFERENCE];
  if (!pattern) return code;
  return code.replace(pattern, (match, quote: string, ref: string) => {
    const target = done.get(path.posix.resolve(path.posix.dirname(sitePath), ref));
    if (!target) return match;
    const name = ref.startsWith("./") ? `./${path.posix.basename(target.file)}` : target.file;
    return match.replace(ref, name);
  });
}

/** One build's hashed assets: set by the assets plugin, read by the plugins that name an asset (the print manifest). */
export interface HashedAssetsRef {
  set(assets: Map<string, HashedAsset>): void;
  all(): Map<string, HashedAsset>;
  /** The hashed path of an asset by the path templates name it; an unknown path is an error naming the known ones. */
  url(sitePath: string): string;
}

/**
 * A place for one Eleventy instance's hashed assets (never module-wide), made by eleventy.config.ts.
 *
 * @example
 * const assets = hashedAssetsRef(); eleventyConfig.addPlugin(hashedAssetsPlugin, { root, state, assets });
 */
export function hashedAssetsRef(): HashedAssetsRef {
  let current = new Map<string, HashedAsset>();
  return {
    set: (assets) => void (current = assets),
    all: () => current,
    url(sitePath) {
      const asset = current.get(sitePath);
      if (!asset) throw new Error(`No asset "${sitePath}": expected one of ${[...current.keys()].filter((p) => !p.endsWith(".woff2")).join(", ")}`);
      return asset.file;
    },
  };
}

/**
 * Builds the site's assets (component CSS and JS, the page scripts and stylesheets, the self-hosted
 * fonts, the icon) before the pages render, so the `asset` filter knows every hashed name; writes them
 * into the output once the pages are written.
 */
export function hashedAssetsPlugin(eleventyConfig: EleventyConfig, options: { root: string; state: SiteStateRef; assets: HashedAssetsRef }): void {
  eleventyConfig.addWatchTarget(path.join(options.root, "assets"));
  eleventyConfig.on("eleventy.before", () => {
    const locales = options.state.get().site.locales;
    options.assets.set(hashAssets(new Map([...componentAssetSources(options.root, locales), ...fontSources(locales)])));
  });
  /** {{ "/assets/site.css" | asset }} → "/assets/site.3f2a9c1e0b.css" */
  addNunjucksFilter(eleventyConfig, "asset", (sitePath: string) => options.assets.url(sitePath));
  eleventyConfig.on("eleventy.after", () => {
    // The event's own `dir` reports the config default, not the output the caller chose.
    const output = eleventyConfig.directories.output;
    const files = [...options.assets.all().values()].map(({ file, bytes }) => [path.join(output, file), bytes] as const);
    for (const folder of new Set(files.map(([file]) => path.dirname(file)))) mkdirSync(folder, { recursive: true });
    writeFiles(files);
  });
}
