import yaml from "js-yaml";
import type { FrontMatter } from "./front-matter.ts";

/**
 * Eleventy's YAML front matter engine: a content file's front matter comes back as the data the schema
 * checked (found by its text), not parsed a second time, so templates see exactly what was checked
 * (trimmed text, dates as dates, a date-like title still text). Any other front matter (a layout's)
 * is parsed as Eleventy parses it.
 *
 * @example
 * checkedFrontMatter(new Map([["title: Hi \n", { title: "Hi" }]]), "title: Hi \n") // → { title: "Hi" } (a copy)
 */
export function checkedFrontMatter(checked: ReadonlyMap<string, FrontMatter>, text: string): unknown {
  const data = checked.get(text);
  // A copy: Eleventy's data cascade is not to reach back into the checked files other plugins read.
  return data ? structuredClone(data) : yaml.load(text);
}
