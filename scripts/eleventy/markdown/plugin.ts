import type { HashedAssetsRef } from "../hashed-assets.ts";
import type { EleventyConfig } from "../types.ts";
import { createMarkdown } from "./create-markdown.ts";

export function markdownPlugin(eleventyConfig: EleventyConfig, options: { assets: HashedAssetsRef }): void {
  const md = createMarkdown({ assetUrl: options.assets.url });
  eleventyConfig.setLibrary("md", md);
  /** Renders another file's Markdown body (fallback pages), checked as that file. */
  eleventyConfig.addFilter("renderMarkdown", (body: string, file: string) => md.render(body, { page: { inputPath: file } }));
}
