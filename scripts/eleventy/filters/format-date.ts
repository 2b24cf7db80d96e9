/**
 * A date as readers of that language write it (UTC, so the build machine's time zone never shifts it).
 *
 * @example
 * formatDate(new Date("2026-11-23"), "es") // → "23 de noviembre de 2026"
 */
export function formatDate(date: Date | string, bcp47: string): string {
  return new Intl.DateTimeFormat(bcp47, { dateStyle: "long", timeZone: "UTC" }).format(new Date(date));
}
