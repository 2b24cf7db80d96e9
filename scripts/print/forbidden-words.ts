/** Text as the check compares it: NFC, lower case, Arabic vowel marks and tatweel removed, white space collapsed. */
const comparable = (s: string): string =>
  s
    .normalize("NFC")
    .toLocaleLowerCase()
    .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/\s+/g, " ");

/**
 * The first word of `words` that `text` contains (case-insensitive, as part of a longer word too:
 * "abus" finds "abusive"), or undefined.
 *
 * @example
 * forbiddenWordIn("Is it SAFE to talk?", ["violen", "safe"]) // → "safe"
 */
export function forbiddenWordIn(text: string, words: string[]): string | undefined {
  const haystack = comparable(text);
  return words.find((word) => haystack.includes(comparable(word)));
}
