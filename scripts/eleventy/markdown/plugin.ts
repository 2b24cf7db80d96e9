import type { EleventyConfig } from "../types.ts";
import { createMarkdown } from "./create-markdown.ts";

export function markdownPlugin(eleventyConfig: EleventyConfig): void {
  const md = createMarkdown();
  eleventyConfig.setLibrary("md", md);
  /** Renders another file's Markdown body (fallback pages), checked as that file. */
  eleventyConfig.addFilter("renderMarkdown", (body: string, file: string) => md.render(body, { page: { inputPath: file } }));
}
