import path from "node:path";
import { expect, test } from "vitest";
import { releaseRefusal } from "../../scripts/release.ts";
import { FIXTURE_CONTENT } from "../helpers/paths.ts";

test("the shipped placeholder is refused, naming site.json's url, site.url and SITE_URL", () => {
  const refusal = releaseRefusal(FIXTURE_CONTENT, {});
  expect(refusal).toContain(`${path.relative(process.cwd(), path.join(FIXTURE_CONTENT, "_data", "site.json"))}: url: expected the https address the guide is published at`);
  expect(refusal).toContain('(got "https://advocate-field-guide.example": a .example address');
  expect(refusal).toContain("Set site.url in");
  expect(refusal).toContain("SITE_URL=https://guide.your-agency.org npm run build -- --release");
});

test("a placeholder SITE_URL is named as such; a real one is accepted", () => {
  expect(releaseRefusal(FIXTURE_CONTENT, { SITE_URL: "http://127.0.0.1:8080" })).toMatch(/^SITE_URL \(environment variable\): expected .* an IP address/);
  expect(releaseRefusal(FIXTURE_CONTENT, { SITE_URL: "https://guide.riverside-safety.org/" })).toBe("");
});

test("a SITE_URL that is not an address is one clear error", () => {
  expect(() => releaseRefusal(FIXTURE_CONTENT, { SITE_URL: "guide.org" })).toThrow('SITE_URL: (environment variable): expected an absolute address such as https://guide.your-agency.org (got "guide.org")');
});
