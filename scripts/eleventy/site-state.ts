import type { ContentFile } from "./schema/validate-content.ts";
import type { SiteData } from "./site-data.ts";

// Loaded and checked once per build by the schema plugin, read by the other plugins' filters.
let current: { site: SiteData; files: ContentFile[] } | undefined;

export function setSiteState(state: { site: SiteData; files: ContentFile[] }): void {
  current = state;
}

export function siteState(): { site: SiteData; files: ContentFile[] } {
  if (!current) throw new Error("Site data read before the schema plugin loaded it (is schemaPlugin registered first?)");
  return current;
}
