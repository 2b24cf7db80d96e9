import type { ContentFile } from "./schema/validate-content.ts";
import type { SiteData } from "./site-data.ts";

/** One build's checked site data and content files. */
export interface SiteState {
  site: SiteData;
  files: ContentFile[];
}

/** Where one Eleventy instance keeps its SiteState: set by the schema plugin, read by the others. */
export interface SiteStateRef {
  set(state: SiteState): void;
  get(): SiteState;
}

/**
 * A place for one build's site data, made by eleventy.config.ts and handed to every plugin that
 * needs it as an option (never module-wide: two Eleventy instances in one process keep their own).
 *
 * @example
 * const state = siteStateRef(); eleventyConfig.addPlugin(schemaPlugin, { layoutsDir, state }); eleventyConfig.addPlugin(i18nPlugin, { state });
 */
export function siteStateRef(): SiteStateRef {
  let current: SiteState | undefined;
  return {
    set(state) {
      current = state;
    },
    get() {
      if (!current) throw new Error("Site data read before the schema plugin loaded it (is schemaPlugin registered first?)");
      return current;
    },
  };
}
