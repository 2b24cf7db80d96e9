import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import { ContentError, throwIfAny } from "../content-error.ts";
import { DEFAULT_LOCALE } from "../i18n/locales.ts";
import type { SiteData } from "../site-data.ts";
import { describeZodIssue } from "./describe-issue.ts";
import { frontMatterSchema, type FrontMatter } from "./front-matter.ts";
import { productionNoteIn } from "./production-note.ts";

export interface ContentFile {
  /** Path relative to the project, as an editor would look for it. */
  file: string;
  locale: string;
  /** Path inside the locale folder, e.g. "victim-contact/tips-for-advocates.md". */
  relative: string;
  data: FrontMatter;
  /** The front matter as written, between the --- lines: Eleventy is handed `data` for it (checked-front-matter.ts). */
  frontMatter: string;
  body: string;
  /** The whole file as read: what the translation state is worked out from, without reading it again. */
  text: string;
}

/** Markdown files under `<input>/<locale>/`, sorted so runs are deterministic. */
export function listContentFiles(inputDir: string): { file: string; locale: string; relative: string }[] {
  const found: { file: string; locale: string; relative: string }[] = [];
  for (const entry of readdirSync(inputDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith("_")) continue;
    const localeDir = path.join(inputDir, entry.name);
    for (const relative of readdirSync(localeDir, { recursive: true, encoding: "utf8" })) {
      if (relative.endsWith(".md")) found.push({ file: path.join(localeDir, relative), locale: entry.name, relative });
    }
  }
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Front matter YAML as the checks read it. YAML's core schema keeps dates as written, so 2026-13-45
 * is caught instead of rolling over into 2027 (and what it gives survives JSON, so it can be memoized).
 *
 * @example
 * frontMatterYaml("lastReviewed: 2026-11-23\n") // → { lastReviewed: "2026-11-23" }
 */
export const frontMatterYaml = (text: string): object => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object;

/**
 * Parses and checks the front matter of every content file against the schema
 * and the site data (locales, sections, sources); throws every problem at once.
 * `parseYaml` reads a file's front matter: the build passes frontMatterYaml through its memo.
 *
 * @example
 * validateContent("content", siteData, "layouts") // → ContentFile[]
 */
export function validateContent(inputDir: string, site: SiteData, layoutsDir: string, { parseYaml = frontMatterYaml } = {}): ContentFile[] {
  const errors: Error[] = [];
  const files: ContentFile[] = [];
  /** English pages that failed their own checks, by translationKey: files that refer to them are not checked against them. */
  const failedSources = new Map<string, ContentError>();
  const failed = (error: ContentError, locale: string, key: unknown) => {
    errors.push(error);
    if (locale === DEFAULT_LOCALE && typeof key === "string" && !failedSources.has(key)) failedSources.set(key, error);
  };
  const localeCodes = site.locales.map((l) => l.code);
  const sectionIds = site.sections.map((s) => s.id);
  const sourceIds = Object.keys(site.sources);

  for (const { file, locale, relative } of listContentFiles(inputDir)) {
    if (site.unpublished.includes(locale)) continue;
    if (!localeCodes.includes(locale)) {
      errors.push(new ContentError(file, "language folder", `one of ${localeCodes.join(", ")} (content/_data/locales.json)`, `"${locale}"`));
      continue;
    }
    let parsed: matter.GrayMatterFile<string>;
    const text = readFileSync(file, "utf8");
    try {
      parsed = matter(text, { engines: { yaml: parseYaml } });
    } catch (error) {
      const reason = (error as { reason?: string; mark?: { line: number } });
      const where = reason.mark ? ` at line ${reason.mark.line + 2}` : "";
      const key = /^translationKey:\s*([a-z0-9-]+)\s*$/m.exec(text)?.[1];
      failed(new ContentError(file, "front matter", `valid YAML between --- lines`, `${reason.reason ?? (error as Error).message}${where}`), locale, key);
      continue;
    }
    const result = frontMatterSchema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        failed(new ContentError(file, issue.path.join(".") || "front matter", describeZodIssue(issue)), locale, (parsed.data as { translationKey?: unknown }).translationKey);
      }
      continue;
    }
    const data = result.data;
    const check = (ok: boolean, field: string, expected: string, got?: string) => {
      if (!ok) errors.push(new ContentError(file, field, expected, got));
    };
    check(sectionIds.includes(data.section), "section", `one of ${sectionIds.join(", ")} (content/_data/sections.json)`, `"${data.section}"`);
    data.sources.forEach((id, i) => check(sourceIds.includes(id), `sources[${i}]`, `one of ${sourceIds.join(", ")} (content/_data/sources.json)`, `"${id}"`));
    if (data.layout) check(existsSync(path.join(layoutsDir, data.layout)), "layout", `a file in layouts/`, `"${data.layout}"`);
    if (locale === DEFAULT_LOCALE) check(!data.translation, "translation", `no translation block on ${DEFAULT_LOCALE} pages (they are the source)`);
    else check(Boolean(data.translation), "translation", "a translation block with status (draft or reviewed), from and paragraphs (npm run i18n:status -- --record <English file> prints it)", "missing");
    check(!data.discreet || data.format === "pocket-card", "discreet", "discreet only on a pocket card (the paragraph ids its discreet edition keeps)");
    if (data.format) {
      check(Boolean(data.webPage), "webPage", "the translationKey of the reference page this printable belongs to", "missing");
      if (data.format === "pocket-card") {
        const panels = (parsed.content.match(/^## /gm) ?? []).length;
        check(panels === 6, "body", "exactly six ## sections, one per inside panel of the pocket card", `${panels}`);
        check(Boolean(data.subtitle), "subtitle", "a subtitle for the card's cover panel", "missing");
        const ids = new Set([...parsed.content.matchAll(/\{#([a-z0-9-]+)/g)].map((m) => m[1]));
        (data.discreet ?? []).forEach((id, i) => check(ids.has(id), `discreet[${i}]`, "a paragraph id of this card", `"${id}"`));
      }
    }
    for (const [field, value] of readerText(data, parsed.content)) {
      const note = productionNoteIn(value, site.productionNotes[locale] ?? []);
      check(!note, field, "reader text without notes about our copy of the sources (put them in a # comment in the front matter, or content/README.md)", `"${note}"`);
    }
    files.push({ file, locale, relative, data, frontMatter: parsed.matter, body: parsed.content, text });
  }

  const crossFile = crossFileErrors(files, site.locales.map((l) => l.code), new Set(failedSources.keys()));
  errors.push(...crossFile.errors);
  for (const [key, count] of crossFile.skipped) {
    const error = failedSources.get(key)!;
    error.message += ` [${count} check${count === 1 ? "" : "s"} of files that refer to this page skipped until it is fixed]`;
  }
  throwIfAny(errors);
  return files;
}

/** The fields of a page a reader sees, by name. */
const readerText = (data: FrontMatter, body: string): [string, string][] =>
  [["title", data.title], ["description", data.description], ["subtitle", data.subtitle ?? ""], ["body", body]];

/**
 * Checks that need every file: unique translationKeys, printables pointing at real pages. A file that
 * refers to an English page which failed its own checks is not checked against it (one mistake, one
 * error); `skipped` counts those checks by the failed page's key.
 */
function crossFileErrors(files: ContentFile[], localeCodes: string[], failedKeys: Set<string>): { errors: Error[]; skipped: Map<string, number> } {
  const errors: Error[] = [];
  const skipped = new Map<string, number>();
  const skip = (key: string) => {
    if (!failedKeys.has(key)) return false;
    skipped.set(key, (skipped.get(key) ?? 0) + 1);
    return true;
  };
  for (const code of localeCodes) {
    const seen = new Map<string, string>();
    for (const f of files.filter((f) => f.locale === code)) {
      const other = seen.get(f.data.translationKey);
      if (other) errors.push(new ContentError(f.file, "translationKey", `a key used by one page per language (also used by ${other})`, `"${f.data.translationKey}"`));
      seen.set(f.data.translationKey, f.file);
    }
  }
  // a/b.md and a/b/index.md would both be written to /<code>/a/b/.
  const byUrl = new Map<string, string>();
  for (const f of files) {
    const url = `${f.locale}/${f.relative.replace(/\\/g, "/").replace(/\.md$/, "").replace(/(^|\/)index$/, "")}`;
    const other = byUrl.get(url);
    if (other) errors.push(new ContentError(f.file, "file name", `one file per URL (${other} is also built at /${url}/)`, f.relative));
    byUrl.set(url, f.file);
  }
  const englishOf = new Map<string, ContentFile>();
  for (const f of files) if (f.locale === DEFAULT_LOCALE && !englishOf.has(f.data.translationKey)) englishOf.set(f.data.translationKey, f);
  const defaultKeys = new Set(englishOf.keys());
  for (const f of files) {
    if (f.data.webPage && !skip(f.data.webPage) && !defaultKeys.has(f.data.webPage)) errors.push(new ContentError(f.file, "webPage", "the translationKey of an English reference page", `"${f.data.webPage}"`));
    if (f.locale !== DEFAULT_LOCALE && !skip(f.data.translationKey) && !defaultKeys.has(f.data.translationKey)) {
      errors.push(new ContentError(f.file, "translationKey", `the key of an English page it translates`, `"${f.data.translationKey}"`));
    }
    const english = englishOf.get(f.data.translationKey);
    if (f.locale !== DEFAULT_LOCALE && english && english.relative !== f.relative) {
      errors.push(new ContentError(f.file, "file name", `the same path as the English page with this translationKey (${english.relative})`, f.relative));
    }
  }
  return { errors, skipped };
}
