import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
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
 * Where a page stands in one language: the English source, a reviewed or draft
 * translation, a stale one (English changed since), or missing.
 *
 * @example
 * translationStatus(undefined, english, "abc") // → "missing"
 */
export function translationStatus(translated: Pick<ContentFile, "locale" | "data"> | undefined, englishHash: string): TranslationStatus {
  if (!translated) return "missing";
  if (translated.locale === DEFAULT_LOCALE) return "source";
  const { status, from } = translated.data.translation!;
  if (from !== englishHash) return "stale";
  return status;
}

export interface StatusRow {
  translationKey: string;
  english: ContentFile;
  englishHash: string;
  /** locale code → status */
  status: Record<string, TranslationStatus>;
}

/**
 * The page × language matrix behind `npm run i18n:status` and the translation status pages.
 *
 * @example
 * statusMatrix(files, ["en", "es"])[0].status // → { en: "source", es: "draft" }
 */
export function statusMatrix(files: ContentFile[], localeCodes: string[]): StatusRow[] {
  return files
    .filter((f) => f.locale === DEFAULT_LOCALE)
    .map((english) => {
      const englishHash = sourceHash(readFileSync(english.file));
      const status: Record<string, TranslationStatus> = {};
      for (const code of localeCodes) {
        const translated = files.find((f) => f.locale === code && f.data.translationKey === english.data.translationKey);
        status[code] = translationStatus(translated, englishHash);
      }
      return { translationKey: english.data.translationKey, english, englishHash, status };
    });
}
