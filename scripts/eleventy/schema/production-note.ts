/**
 * The first production-note phrase a text contains, ignoring case, or undefined.
 *
 * @example
 * productionNoteIn("The map did not survive in our copy.", ["our copy"]) // → "our copy"
 */
export function productionNoteIn(text: string, phrases: string[]): string | undefined {
  const lower = text.toLocaleLowerCase();
  return phrases.find((p) => lower.includes(p.toLocaleLowerCase()));
}
