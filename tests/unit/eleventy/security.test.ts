import { expect, test } from "vitest";
import { contentSecurityPolicy } from "../../../scripts/eleventy/security.ts";

test("the CSP allows only this origin, no inline code, and WebAssembly for search", () => {
  const meta = contentSecurityPolicy({ forMeta: true });
  expect(meta).toContain("default-src 'self'");
  expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(meta).toContain("object-src 'none'");
  expect(meta).toContain("worker-src 'self'"); // the offline pack's service worker, from this origin only
  expect(meta).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  expect(meta).not.toContain("frame-ancestors"); // ignored in a meta tag
  expect(contentSecurityPolicy({ forMeta: false })).toContain("frame-ancestors 'none'");
});
