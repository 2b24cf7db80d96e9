import yaml from "js-yaml";
import path from "node:path";
import type { ContentFile } from "./validate-content.ts";

/** What the engine needs of a checked content file. */
export type CheckedFile = Pick<ContentFile, "frontMatter" | "data" | "locale">;

/**
 * Eleventy's YAML front matter engine: a content file's front matter comes back as the data the schema
 * checked (found by the file's path, and only while its text is the text checked), not parsed a second
 * time, so templates see exactly what was checked (trimmed text, dates as dates, a date-like title still
 * text), with the file's language as page.lang. Any other front matter (a layout's) is parsed as Eleventy parses it.
 *
 * @example
 * checkedFrontMatter(new Map([["/c/en/a.md", { frontMatter: "title: Hi \n", data: { title: "Hi" }, locale: "en" }]]), "title: Hi \n", "/c/en/a.md")
 * // → { title: "Hi", page: { lang: "en" } } (a copy)
 */
export function checkedFrontMatter(checked: ReadonlyMap<string, CheckedFile>, text: string, filePath: string | undefined): unknown {
  const file = filePath === undefined ? undefined : checked.get(path.resolve(filePath));
  if (!file || file.frontMatter !== text) return yaml.load(text);
  // A copy: Eleventy's data cascade is not to reach back into the checked files other plugins read.
  // page.lang comes with the data, so a content page needs no computed data (i18n/page-lang.ts).
  return { ...structuredClone(file.data), page: { lang: file.locale } };
}
