import type { EleventyConfig } from "../types.ts";
import * as filters from "./index.ts";

/** Registers every pure filter from the barrel under its own name. */
export function filtersPlugin(eleventyConfig: EleventyConfig): void {
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);
}
