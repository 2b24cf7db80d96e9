import { createHash } from "node:crypto";
import { behindUnits } from "../../i18n/translation-record.ts";
import { plainText } from "../../i18n/segment.ts";
import { pageUnits, type Unit } from "../../i18n/units.ts";
import type { ContentFile } from "../schema/validate-content.ts";
import { DEFAULT_LOCALE } from "./locales.ts";

export type TranslationStatus = "source" | "reviewed" | "draft" | "stale" | "missing";

/**
 * The hash a translation records in `translation.from`: the first 12 hex digits
 * of the SHA-256 of the English file's bytes (the same as `sha256sum file | cut -c1-12`).
 *
 * @example
 * sourceHash(Buffer.from("hello\n")) // → "5891b5b522d5"
 */
export function sourceHash(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 12);
}

/**
 * Where a page stands in one language: the English source, a reviewed or draft translation, a stale
 * one (some of its paragraphs are behind the English), or missing; and which units are behind.
 *
 * @example
 * translationStatus(undefined, englishUnits) // → { status: "missing", behind: [] }
 */
export function translationStatus(translated: Pick<ContentFile, "locale" | "data"> | undefined, english: Pick<Unit, "id" | "hash">[]): { status: TranslationStatus; behind: string[] } {
  if (!translated) return { status: "missing", behind: [] };
  if (translated.locale === DEFAULT_LOCALE) return { status: "source", behind: [] };
  const { status, paragraphs } = translated.data.translation!;
  const behind = behindUnits(english, paragraphs);
  return { status: behind.length ? "stale" : status, behind };
}

/** What the status needs of an English unit: its id, its hash, and its words (shown for a part a translation lacks). */
export type EnglishUnit = Pick<Unit, "id" | "hash"> & { words: string };

/**
 * A unit's words as a reader sees them: its text without Markdown, or the field's value.
 *
 * @example
 * unitWords(pageUnits("---\ntitle: Hi\n---\nA [link](/x). {#a}\n")[1]) // → "A link."
 */
export function unitWords(unit: Unit): string {
  return unit.segment ? plainText(unit.segment) : unit.markdown;
}

/**
 * An English page's units as the status keeps them (a build keeps them between builds: the whole units
 * of 5,000 pages made a 38 MB file to read every build).
 *
 * @example
 * englishUnits("---\ntitle: Hi\n---\n")[0] // → { id: "meta.title", hash: "…", words: "Hi" }
 */
export function englishUnits(text: string): EnglishUnit[] {
  return pageUnits(text).map((unit) => ({ id: unit.id, hash: unit.hash, words: unitWords(unit) }));
}

export interface StatusRow {
  translationKey: string;
  english: ContentFile;
  /** Summary hash of the English file (what `translation.from` records). */
  englishHash: string;
  englishUnits: EnglishUnit[];
  /** locale code → status */
  status: Record<string, TranslationStatus>;
  /** locale code → ids of the units whose English changed since they were translated */
  behind: Record<string, string[]>;
}

/**
 * The page × language matrix behind `npm run i18n:status` and the translations page. `unitsOf` reads an
 * English page's units (the build passes one that keeps them between builds).
 *
 * @example
 * statusMatrix(files, ["en", "es"])[0].status // → { en: "source", es: "draft" }
 */
export function statusMatrix(files: ContentFile[], localeCodes: string[], unitsOf: (text: string) => EnglishUnit[] = englishUnits): StatusRow[] {
  // Each page in each language looked up by key once, not by a scan of every file: linear in the pages.
  const byKey = new Map<string, ContentFile>();
  for (const f of files) if (!byKey.has(`${f.data.translationKey} ${f.locale}`)) byKey.set(`${f.data.translationKey} ${f.locale}`, f);
  const rows = files
    .filter((f) => f.locale === DEFAULT_LOCALE)
    .map((english) => {
      const englishUnits = unitsOf(english.text);
      const status: Record<string, TranslationStatus> = {};
      const behind: Record<string, string[]> = {};
      for (const code of localeCodes) {
        const translated = byKey.get(`${english.data.translationKey} ${code}`);
        ({ status: status[code]!, behind: behind[code]! } = translationStatus(translated, englishUnits));
      }
      return { translationKey: english.data.translationKey, english, englishHash: sourceHash(english.text), englishUnits, status, behind };
    });
  return rows;
}
