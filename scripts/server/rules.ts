// What a server must send with this site: the one list both server outputs are written from
// (dist/_headers for hosts that read one, dist-build/nginx.conf for nginx: scripts/server/*.ts).
import { contentSecurityPolicy } from "../eleventy/security.ts";

/**
 * Headers every response carries (HSTS only over https, where browsers heed it).
 *
 * @example
 * securityHeaders({ https: false }).map(([name]) => name) // → ["Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "Permissions-Policy"]
 */
export function securityHeaders({ https }: { https: boolean }): [string, string][] {
  return [
    ["Content-Security-Policy", contentSecurityPolicy({ forMeta: false })],
    ["Referrer-Policy", "no-referrer"],
    ["X-Content-Type-Options", "nosniff"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), browsing-topics=()"],
    ...(https ? [["Strict-Transport-Security", "max-age=31536000"] as [string, string]] : []),
  ];
}

/** Cache-Control for files named for their content (kept a year, never revalidated) and for everything else. */
export const CACHE_CONTROL = {
  hashed: "public, max-age=31536000, immutable",
  short: "public, max-age=300",
} as const;

/** Where every file's name carries its content's hash: the site's assets and Pagefind's index chunks. */
export const HASHED_PREFIXES = ["/assets/", "/pagefind/fragment/", "/pagefind/index/", "/pagefind/filter/"];

/** Content types by file extension: every kind of file the site serves, and .ics and .webmanifest. */
export const CONTENT_TYPES: Record<string, string> = {
  html: "text/html",
  css: "text/css",
  js: "text/javascript",
  mjs: "text/javascript",
  json: "application/json",
  svg: "image/svg+xml",
  png: "image/png",
  webp: "image/webp",
  pdf: "application/pdf",
  woff2: "font/woff2",
  wasm: "application/wasm",
  txt: "text/plain",
  xml: "application/xml",
  bib: "application/x-bibtex",
  ris: "application/x-research-info-systems",
  ics: "text/calendar",
  webmanifest: "application/manifest+json",
};

/** Binary types (already compressed or not text): sent without a charset and never gzipped. */
const BINARY = new Set(["image/png", "image/webp", "application/pdf", "font/woff2", "application/wasm"]);

/** Text types: sent with charset=utf-8 and compressed. */
export const TEXT_TYPES = [...new Set(Object.values(CONTENT_TYPES).filter((t) => !BINARY.has(t)))];

/**
 * The Content-Type header for a file name, with its charset when it is text.
 *
 * @example
 * contentTypeOf("cite.bib") // → "application/x-bibtex; charset=utf-8"
 */
export function contentTypeOf(file: string): string {
  const type = CONTENT_TYPES[file.split(".").pop()!.toLowerCase()] ?? "application/octet-stream";
  return TEXT_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}
