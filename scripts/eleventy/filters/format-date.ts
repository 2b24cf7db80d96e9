/**
 * A date as readers of that language write it (UTC, so the build machine's time zone never shifts it).
 *
 * @example
 * formatDate(new Date("2026-11-23"), "es") // → "23 de noviembre de 2026"
 */
export function formatDate(date: Date | string, bcp47: string): string {
  // A formatter is slow to make and every page formats dates: one per language.
  let formatter = formatters.get(bcp47);
  if (!formatter) formatters.set(bcp47, (formatter = new Intl.DateTimeFormat(bcp47, { dateStyle: "long", timeZone: "UTC" })));
  return formatter.format(new Date(date));
}

const formatters = new Map<string, Intl.DateTimeFormat>();
