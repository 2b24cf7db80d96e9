import type { EleventyConfig } from "./types.ts";

// Same-origin only. 'wasm-unsafe-eval' lets Pagefind's WebAssembly run; nothing inline is ever allowed.
const POLICY: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self' 'wasm-unsafe-eval'",
  "style-src": "'self'",
  "img-src": "'self' data:",
  "font-src": "'self'",
  "connect-src": "'self'",
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

/** Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages); the meta tags cover the rest. */
function headersFile(): string {
  return [
    "/*",
    `  Content-Security-Policy: ${contentSecurityPolicy({ forMeta: false })}`,
    "  Referrer-Policy: no-referrer",
    "  X-Content-Type-Options: nosniff",
    "  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "",
  ].join("\n");
}

export function securityPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("csp", contentSecurityPolicy({ forMeta: true }));
  eleventyConfig.addTemplate("_headers.njk", headersFile(), { permalink: "/_headers", layout: false, eleventyExcludeFromCollections: true });
}
