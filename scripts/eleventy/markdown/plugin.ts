import type { HashedAssetsRef } from "../hashed-assets.ts";
import { addNunjucksFilter } from "../nunjucks-filter.ts";
import type { EleventyConfig } from "../types.ts";
import { createMarkdown } from "./create-markdown.ts";
import { imageSize } from "./image-size.ts";

export function markdownPlugin(eleventyConfig: EleventyConfig, options: { assets: HashedAssetsRef }): void {
  const assetSize = (sitePath: string) => {
    const asset = options.assets.all().get(sitePath);
    return asset && imageSize(asset.bytes);
  };
  const md = createMarkdown({ assetUrl: options.assets.url, assetSize });
  eleventyConfig.setLibrary("md", md);
  /** Renders another file's Markdown body (fallback pages), checked as that file. */
  addNunjucksFilter(eleventyConfig, "renderMarkdown", (body: string, file: string) => md.render(body, { page: { inputPath: file } }));
}
