/**
 * A date as YYYY-MM-DD, for <time datetime> and machine-readable tags.
 *
 * @example
 * isoDate(new Date("2026-11-23T00:00:00Z")) // → "2026-11-23"
 */
export function isoDate(date: Date | string): string {
  return new Date(date).toISOString().slice(0, 10);
}
