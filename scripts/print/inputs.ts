// What a print page is made of, for the print cache: its HTML and every same-site file it loads
// (stylesheets, scripts, images, and the fonts and images the stylesheets load).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { elements } from "../html/parse.ts";

/**
 * Site-absolute paths an HTML page loads: <link href>, <script src>, <img src>. Links to other
 * pages (<a>) are not loaded, so they are not inputs.
 *
 * @example
 * htmlInputs('<link rel="stylesheet" href="/assets/site.css"><a href="/en/">x</a>') // → ["/assets/site.css"]
 */
export function htmlInputs(html: string): string[] {
  const loaded = elements(html, (e) => ["link", "script", "img"].includes(e.name)).map((e) => (e.name === "link" ? e.attribs.href : e.attribs.src) ?? "");
  return [...new Set(loaded.filter((url) => url.startsWith("/") && !url.startsWith("//")).map((url) => url.split(/[?#]/)[0]!))];
}

/**
 * Files a stylesheet loads with url(…), resolved against the stylesheet's own path.
 *
 * @example
 * cssInputs("src: url(/assets/fonts/a.woff2) format('woff2'); background: url(img.svg)", "/assets/css/x.css")
 * // → ["/assets/fonts/a.woff2", "/assets/css/img.svg"]
 */
export function cssInputs(css: string, cssPath: string): string[] {
  const found: string[] = [];
  for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    const ref = match[1]!;
    if (/^(data:|https?:|#)/.test(ref)) continue;
    found.push(ref.startsWith("/") ? ref : path.posix.join(path.posix.dirname(cssPath), ref));
  }
  return [...new Set(found)];
}

/** Hashes the pages and files of one built site, each file read once per run. */
export class InputHasher {
  private readonly files = new Map<string, string>();

  constructor(private readonly root: string) {}

  /** sha256 of one site file (by its site path), or "missing". */
  file(sitePath: string): string {
    let hash = this.files.get(sitePath);
    if (hash) return hash;
    const full = path.join(this.root, sitePath);
    hash = existsSync(full) && statSync(full).isFile() ? createHash("sha256").update(readFileSync(full)).digest("hex") : "missing";
    this.files.set(sitePath, hash);
    return hash;
  }

  /** One hash of a page's HTML and everything it loads (stylesheets one level deep). */
  page(urlPath: string): string {
    const htmlPath = urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath;
    const html = readFileSync(path.join(this.root, htmlPath), "utf8");
    const hash = createHash("sha256").update(html);
    const inputs = new Set<string>();
    for (const ref of htmlInputs(html)) {
      inputs.add(ref);
      const full = path.join(this.root, ref);
      if (ref.endsWith(".css") && existsSync(full)) for (const sub of cssInputs(readFileSync(full, "utf8"), ref)) inputs.add(sub);
    }
    for (const ref of [...inputs].sort()) hash.update(`\n${ref} ${this.file(ref)}`);
    return hash.digest("hex");
  }
}
