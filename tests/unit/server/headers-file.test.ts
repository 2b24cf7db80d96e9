import { expect, test } from "vitest";
import { headersFile } from "../../../scripts/server/headers-file.ts";

test("security headers on every path, a year's caching where names carry a hash, the citation files' types", () => {
  const file = headersFile({ https: true });
  expect(file).toContain("/*\n  Content-Security-Policy: default-src 'self';");
  expect(file).toContain("  Strict-Transport-Security: max-age=31536000\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n");
  expect(file).toContain("/:code/:section/:page/cite.bib\n  Content-Type: application/x-bibtex; charset=utf-8\n");
  expect(headersFile({ https: false })).not.toContain("Strict-Transport-Security");
  // Only one rule sets Cache-Control for any path: hosts join or override headers of overlapping rules differently.
  expect(file.split("\n/*\n")[1]!.split("\n/")[0]).not.toContain("Cache-Control");
});
