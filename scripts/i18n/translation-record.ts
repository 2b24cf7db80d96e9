import type { Unit } from "./units.ts";

/** A translation's `translation:` front-matter block. */
export interface TranslationRecord {
  status: "draft" | "reviewed";
  /** The qualified person who reviewed the translation, and when: only ever written by a person (by hand or through an XLIFF they filled in). */
  reviewedBy?: string;
  /** YYYY-MM-DD */
  reviewedOn?: string;
  /** Summary: the hash of the whole English file when the translation was last wholly up to date. */
  from: string;
  /** Per unit id: the hash of the English it was translated from. */
  paragraphs: Record<string, string>;
}

const quoted = (s: string) => JSON.stringify(s);

/**
 * The `translation:` block as YAML lines, in one fixed layout (units in the English page's order), so a
 * change to one unit's hash changes one line.
 *
 * @example
 * translationBlock({ status: "draft", from: "0123456789ab", paragraphs: { "meta.title": "89abcdef" } })
 * // → ["translation:", "  status: draft", '  from: "0123456789ab"', "  paragraphs:", '    meta.title: "89abcdef"']
 */
export function translationBlock(record: TranslationRecord): string[] {
  return [
    "translation:",
    `  status: ${record.status}`,
    ...(record.reviewedBy ? [`  reviewedBy: ${quoted(record.reviewedBy)}`] : []),
    ...(record.reviewedOn ? [`  reviewedOn: ${record.reviewedOn}`] : []),
    `  from: ${quoted(record.from)}`,
    "  paragraphs:",
    ...Object.entries(record.paragraphs).map(([id, hash]) => `    ${id}: ${quoted(hash)}`),
  ];
}

/**
 * A file's lines with its `translation:` block (from that key to the next top-level key or the end of
 * the front matter) replaced; added before the closing --- when there is none.
 *
 * @example
 * withTranslationBlock(["---", "title: A", "---", "Body"], 2, record) // → ["---", "title: A", "translation:", …, "---", "Body"]
 */
export function withTranslationBlock(lines: string[], frontEnd: number, record: TranslationRecord): string[] {
  const start = lines.findIndex((l, i) => i < frontEnd && l.startsWith("translation:"));
  let end = start < 0 ? frontEnd : start + 1;
  while (start >= 0 && end < frontEnd && /^(\s|$)/.test(lines[end]!)) end++;
  const at = start < 0 ? frontEnd : start;
  return [...lines.slice(0, at), ...translationBlock(record), ...lines.slice(end)];
}

/** Where one unit of a translation stands against the English. */
export type UnitStatus = "current" | "behind";

/**
 * The English units a translation is behind on: those whose English changed since the hash it recorded
 * (or that it has no record of). Units it records that the English no longer has are not counted.
 *
 * @example
 * behindUnits(englishUnits, { "meta.title": englishUnits[0].hash }) // → every other unit
 */
export function behindUnits(english: Pick<Unit, "id" | "hash">[], paragraphs: Record<string, string>): string[] {
  return english.filter((u) => paragraphs[u.id] !== u.hash).map((u) => u.id);
}

/** The record of a translation made from the current English: every unit's hash as it is now. */
export function currentHashes(english: Pick<Unit, "id" | "hash">[]): Record<string, string> {
  return Object.fromEntries(english.map((u) => [u.id, u.hash]));
}
