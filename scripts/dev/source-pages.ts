import path from "node:path";
import { DEFAULT_LOCALE } from "../eleventy/i18n/locales.ts";
import { listContentFiles } from "../eleventy/schema/validate-content.ts";

/** A source-language page found in content/: its Markdown file and its URL without the language, e.g. "/print/x/". */
export interface SourcePage {
  file: string;
  urlPath: string;
}

/**
 * The first reference page and the first printable of the source language, for measuring scripts
 * that must not name a page.
 *
 * @example
 * firstSourcePages("content") // → { reference: { file: "content/en/about/online-safety.md", urlPath: "/about/online-safety/" }, printable: { … } }
 */
export function firstSourcePages(contentDir: string): { reference?: SourcePage; printable?: SourcePage } {
  const inSection = listContentFiles(contentDir).filter((f) => f.locale === DEFAULT_LOCALE && f.relative.includes(path.sep));
  const page = (f: { file: string; relative: string } | undefined) => f && { file: f.file, urlPath: `/${f.relative.replace(/\.md$/, "").split(path.sep).join("/")}/` };
  const isPrintable = (f: { relative: string }) => f.relative.startsWith(`print${path.sep}`);
  return { reference: page(inSection.find((f) => !isPrintable(f))), printable: page(inSection.find(isPrintable)) };
}
