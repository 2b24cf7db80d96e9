import type { EleventyConfig } from "../types.ts";
import { createMarkdown } from "./create-markdown.ts";

export function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setLibrary("md", createMarkdown());
}
