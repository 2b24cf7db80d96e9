import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ContentError, throwIfAny } from "../eleventy/content-error.ts";
import { isoDate } from "../eleventy/filters/iso-date.ts";
import { DEFAULT_LOCALE } from "../eleventy/i18n/locales.ts";
import { validateContent, type ContentFile } from "../eleventy/schema/validate-content.ts";
import { loadSiteData, type SiteData } from "../eleventy/site-data.ts";
import { previousEnglish } from "./english-history.ts";
import { matchCodes, placeholderSegment, type Segment } from "./segment.ts";
import { pageUnits, unitHash, type Unit } from "./units.ts";
import { writeXliff, type XliffUnit } from "./xliff-write.ts";

/** Where the interface strings go: beside the pages, named so no page can be called the same. */
export const INTERFACE_FILE = "_interface";
/** The subState of a unit whose English changed since its target was translated. */
export const ENGLISH_CHANGED = "afg:english-changed";

const PAGE_INSTRUCTIONS =
  "One unit per heading, paragraph, list item and reader-visible field of the page; unit ids are the page's stable paragraph ids. " +
  "Keep every inline code (links, images, bold, italic): translate an image's text (what it shows), keep the image; you may move codes, not drop or add them. meta.keywords: search words readers type, never shown; separate them with |, as many as suit the language. " +
  `A unit in state initial with subState ${ENGLISH_CHANGED}: the English changed since it was translated; its note previous-english says what the English said. Set a unit to translated when its target is done. ` +
  "Review: only a qualified reviewer marks a page reviewed, by setting every unit to reviewed and writing their name (reviewedBy) and the date (reviewedOn, YYYY-MM-DD) in the review metadata of this file. Nothing else marks it reviewed.";
const INTERFACE_INSTRUCTIONS =
  "The site's interface strings, one unit per key. A {placeholder} is a code: you may leave one out (write the word instead), never add one. Review states are not recorded for interface strings.";

/**
 * href of a link or image in the translation → the English href it stands for, and back: pages live
 * under /<code>/, screenshots of a language's pages under /assets/screens/<code>/.
 */
export const hrefMaps = (code: string) => ({
  toSource: (href: string) => href.replace(new RegExp(`^(/assets/screens)?/${code}/`), `$1/${DEFAULT_LOCALE}/`),
  toTarget: (href: string) => href.replace(new RegExp(`^(/assets/screens)?/${DEFAULT_LOCALE}/`), `$1/${code}/`),
});

/** A translation's unit renumbered to the English unit's codes; a ContentError when they do not correspond. */
export function targetSegment(english: Unit, translated: Unit, code: string, file: string): Segment {
  if (!translated.segment) throw new ContentError(file, `unit ${translated.id}`, "Markdown that XLIFF can carry (links, images, bold, italic, code spans)", translated.unsupported);
  if (english.kind !== translated.kind) throw new ContentError(file, `unit ${english.id}`, `a ${english.kind} as in the English`, `a ${translated.kind}`);
  const { segment, unmatched } = matchCodes(english.segment!, translated.segment, hrefMaps(code).toSource);
  if (unmatched.length) throw new ContentError(file, `unit ${english.id}`, "the same links, images, bold, italic and code spans as the English (links to the same pages in this language)", unmatched.join(", "));
  return segment;
}

/** The XLIFF units of one translated page: state, notes (hash, previous English), source and target. */
function pageXliffUnits(english: ContentFile, translated: ContentFile, code: string): XliffUnit[] {
  const englishUnits = pageUnits(readFileSync(english.file, "utf8"));
  const own = new Map(pageUnits(readFileSync(translated.file, "utf8")).map((u) => [u.id, u]));
  const { status, paragraphs } = translated.data.translation!;
  const behind = englishUnits.filter((u) => paragraphs[u.id] !== u.hash);
  const previous = previousEnglish(english.file, new Set(behind.map((u) => paragraphs[u.id]).filter((h): h is string => Boolean(h))));
  const errors: Error[] = [];
  const units = englishUnits.map((unit): XliffUnit => {
    if (!unit.segment) errors.push(new ContentError(english.file, `unit ${unit.id}`, "Markdown that XLIFF can carry (links, images, bold, italic, code spans)", unit.unsupported));
    const mine = own.get(unit.id);
    let target: Segment | undefined;
    try {
      target = mine && unit.segment ? targetSegment(unit, mine, code, translated.file) : undefined;
    } catch (error) {
      errors.push(error as Error);
    }
    const changed = paragraphs[unit.id] !== unit.hash;
    const before = previous.get(paragraphs[unit.id] ?? "");
    return {
      id: unit.id,
      type: `afg:${unit.kind}`,
      state: !target || changed ? "initial" : status === "reviewed" ? "reviewed" : "translated",
      ...(target && changed ? { subState: ENGLISH_CHANGED } : {}),
      source: unit.segment ?? { pieces: [], codes: {} },
      ...(target ? { target } : {}),
      notes: [["english-hash", unit.hash], ...(changed && before !== undefined ? [["previous-english", before] as [string, string]] : [])],
    };
  });
  throwIfAny(errors);
  return units;
}

/** The interface strings as XLIFF units: each key a unit, each {placeholder} a code. */
function interfaceUnits(site: SiteData, code: string): XliffUnit[] {
  const english = site.dictionaries[DEFAULT_LOCALE]!;
  const translated = site.dictionaries[code]!;
  return Object.entries(english).map(([key, value]) => {
    const source = placeholderSegment(value);
    const names = Object.values(source.codes).map((c) => c.start);
    const target = translated[key] === undefined ? undefined : placeholderSegment(translated[key]!, names);
    const unknown = target?.pieces.find((p) => "standalone" in p && p.standalone.startsWith("?"));
    if (unknown) throw new ContentError(path.join("_data", "i18n", `${code}.json`), key, `only the placeholders of the English string (${names.join(", ") || "none"})`, (unknown as { standalone: string }).standalone.slice(1));
    return { id: key, type: "afg:interface-string", state: target ? "translated" : "initial", source, ...(target ? { target } : {}), notes: [["english-hash", unitHash(value)]] };
  });
}

export interface ExportOptions {
  content: string;
  layouts: string;
  /** A translation's locale code (es, zh-hans …). */
  lang: string;
  out: string;
}

/**
 * Writes one XLIFF 2.0 file per translated page and printable of a language, and one for its interface
 * strings, into `out` (the page's path, `.<code>.xlf`). Pages not yet translated are listed, not written.
 *
 * @example
 * exportLanguage({ content: "content", layouts: "layouts", lang: "es", out: "xliff/es" }) // → { written: [... 31 files], untranslated: [] }
 */
export function exportLanguage(options: ExportOptions): { written: string[]; untranslated: string[] } {
  const site = loadSiteData(options.content);
  const locale = site.locales.find((l) => l.code === options.lang);
  const source = site.locales.find((l) => l.code === DEFAULT_LOCALE)!;
  if (!locale || locale.code === DEFAULT_LOCALE) throw new ContentError("--lang", "language", `one of ${site.locales.filter((l) => l.code !== DEFAULT_LOCALE).map((l) => l.code).join(", ")} (content/_data/locales.json)`, `"${options.lang}"`);
  const files = validateContent(options.content, site, options.layouts);
  const documents: [string, string][] = [];
  const untranslated: string[] = [];
  const errors: Error[] = [];
  for (const english of files.filter((f) => f.locale === DEFAULT_LOCALE)) {
    const translated = files.find((f) => f.locale === locale.code && f.data.translationKey === english.data.translationKey);
    if (!translated) {
      untranslated.push(english.relative);
      continue;
    }
    try {
      const { reviewedBy = "", reviewedOn } = translated.data.translation!;
      const review = { by: reviewedBy, on: reviewedOn ? isoDate(reviewedOn) : "" };
      const xml = writeXliff({ srcLang: source.lang, trgLang: locale.lang, original: `${DEFAULT_LOCALE}/${english.relative}`, review, instructions: PAGE_INSTRUCTIONS, units: pageXliffUnits(english, translated, locale.code) });
      documents.push([english.relative.replace(/\.md$/, `.${locale.code}.xlf`), xml]);
    } catch (error) {
      errors.push(error as Error);
    }
  }
  throwIfAny(errors);
  documents.push([`${INTERFACE_FILE}.${locale.code}.xlf`, writeXliff({ srcLang: source.lang, trgLang: locale.lang, original: `_data/i18n/${DEFAULT_LOCALE}.json`, instructions: INTERFACE_INSTRUCTIONS, units: interfaceUnits(site, locale.code) })]);
  for (const [name, xml] of documents) {
    const file = path.join(options.out, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, xml);
  }
  return { written: documents.map(([name]) => path.join(options.out, name)), untranslated };
}
