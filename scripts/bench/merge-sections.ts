// bench/results.md keeps every benchmark's last figures: a run of one replaces only its own section.

/**
 * The sections of results.md with this run's in place of those of the same heading, so running one
 * benchmark keeps the others' last figures.
 *
 * @example
 * mergeSections("# B\n\n## Print\nold\n## Dev\nd\n", ["## Print\nnew\n"]) // → ["## Print\nnew\n", "## Dev\nd\n"]
 */
export function mergeSections(previous: string, fresh: string[]): string[] {
  const heading = (section: string) => section.split("\n", 1)[0]!;
  const kept = previous
    .split(/^(?=## )/m)
    .filter((s) => s.startsWith("## "))
    .map((s) => `${s.trimEnd()}\n`);
  const merged = kept.map((old) => fresh.find((s) => heading(s) === heading(old)) ?? old);
  return [...merged, ...fresh.filter((s) => !kept.some((old) => heading(old) === heading(s)))];
}
