import { ContentError } from "../content-error.ts";
import type { ChangelogEntry } from "../site-data.ts";

export interface Change extends ChangelogEntry {
  /** Anchor on the changelog page: change-<date>, with -2, -3 … for more changes on one day. */
  id: string;
}

/**
 * The changelog newest first (a stable sort: same-day entries keep their order in the file), each with its anchor.
 *
 * @example
 * changes([{ date: "2026-11-23", summary: { en: "First edition." }, pages: "*" }])[0].id // → "change-2026-11-23"
 */
export function changes(entries: ChangelogEntry[]): Change[] {
  const seen = new Map<string, number>();
  return [...entries]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((entry) => {
      const n = (seen.get(entry.date) ?? 0) + 1;
      seen.set(entry.date, n);
      return { ...entry, id: `change-${entry.date}${n > 1 ? `-${n}` : ""}` };
    });
}

/** Whether a change names this page (by translationKey), or every page. */
export const names = (change: ChangelogEntry, translationKey: string): boolean => change.pages === "*" || change.pages.includes(translationKey);

/**
 * When a page last changed: the newest change naming it, else its last-reviewed date. From content
 * only, never the build clock, so every build of the same content says the same.
 *
 * @example
 * lastChange(changes(entries), "policy-cross-systems", "2026-11-22") // → { date: "2026-11-23", id: "change-2026-11-23" }
 */
export function lastChange(list: Change[], translationKey: string, lastReviewed: string): { date: string; id?: string } {
  const newest = list.find((c) => names(c, translationKey));
  return newest ? { date: newest.date, id: newest.id } : { date: lastReviewed };
}

/**
 * Changes naming a page that does not exist (no English page has that translationKey).
 *
 * @example
 * changelogErrors([{ date: "2026-11-23", summary: { en: "x" }, pages: ["nope"] }], ["home"], "content/_data/changelog.json")
 * // → [ContentError: content/_data/changelog.json: [0].pages[0]: expected the translationKey of an English page (got "nope")]
 */
export function changelogErrors(entries: ChangelogEntry[], englishKeys: string[], file: string): ContentError[] {
  const errors: ContentError[] = [];
  entries.forEach((entry, i) => {
    if (entry.pages === "*") return;
    entry.pages.forEach((key, j) => {
      if (!englishKeys.includes(key)) errors.push(new ContentError(file, `[${i}].pages[${j}]`, "the translationKey of an English page", `"${key}"`));
    });
  });
  return errors;
}
