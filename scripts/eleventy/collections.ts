import type { CollectionApi, EleventyConfig } from "./types.ts";

/** `pages`: every Markdown page and printable in every language, in a stable order. */
export function collectionsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addCollection("pages", (api: CollectionApi) =>
    api
      .getAll()
      .filter((item) => typeof item.data.translationKey === "string")
      .sort((a, b) => a.url.localeCompare(b.url)),
  );
}
