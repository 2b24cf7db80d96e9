import type { EleventyConfig } from "./types.ts";

// Same-origin only. 'wasm-unsafe-eval' lets Pagefind's WebAssembly run; nothing inline is ever allowed.
// worker-src: the offline pack's service worker (/<code>/offline-worker.js), registered only when a reader asks.
const POLICY: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self' 'wasm-unsafe-eval'",
  "style-src": "'self'",
  "img-src": "'self' data:",
  "font-src": "'self'",
  "connect-src": "'self'",
  "worker-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'none'",
  "form-action": "'self'",
};

/**
 * The Content-Security-Policy as a header value; `forMeta` drops directives browsers ignore in a meta tag.
 *
 * @example
 * contentSecurityPolicy({ forMeta: true }) // → "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …"
 */
export function contentSecurityPolicy({ forMeta }: { forMeta: boolean }): string {
  const directives = forMeta ? POLICY : { ...POLICY, "frame-ancestors": "'none'" };
  return Object.entries(directives).map(([name, value]) => `${name} ${value}`).join("; ");
}

/** The CSP as a meta tag on every page; servers send the whole policy as a header (scripts/server/rules.ts). */
export function securityPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("csp", contentSecurityPolicy({ forMeta: true }));
}
