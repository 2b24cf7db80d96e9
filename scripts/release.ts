// Build stage for `npm run build -- --release`: a release is built for the address readers will use,
// so a placeholder there (the example address the repository ships with, localhost, an IP, plain
// http) stops it before anything is built. QR codes, canonical links, the sitemap and citations all use it.
import path from "node:path";
import { placeholderAddress } from "./eleventy/filters/placeholder-address.ts";
import { loadSiteConfig } from "./eleventy/site-data.ts";
import { StageError, type Stage } from "./stage.ts";

/**
 * Why a release may not be built from this content (naming site.url and SITE_URL), or "" when it may.
 *
 * @example
 * releaseRefusal("content", {}) // → 'content/_data/site.json: url: expected the https address the guide is published at, … (got "https://advocate-field-guide.example": …)'
 */
export function releaseRefusal(content: string, env: NodeJS.ProcessEnv = process.env): string {
  const file = path.relative(process.cwd(), path.join(content, "_data", "site.json")) || "site.json";
  const { site, urlFrom } = loadSiteConfig(path.join(content, "_data"), env);
  const why = placeholderAddress(site.url);
  if (!why) return "";
  const fromEnv = urlFrom === "SITE_URL";
  return [
    `${fromEnv ? "SITE_URL (environment variable)" : `${file}: url`}: expected the https address the guide is published at, for a release build (got "${site.url}": ${why}).`,
    "QR codes, canonical links, the sitemap and citations all point there.",
    fromEnv
      ? `SITE_URL overrides site.url in ${file} for one build: set it to the published address, or unset it to use site.url:`
      : `Set site.url in ${file} to the published address, or give it for one build in the SITE_URL environment variable:`,
    "  SITE_URL=https://guide.your-agency.org npm run build -- --release",
  ].join("\n");
}

export const releaseStage: Stage = {
  name: "release",
  optional: "release",
  async run(ctx) {
    const refusal = releaseRefusal(ctx.options.content);
    if (refusal) throw new StageError(refusal);
  },
};
