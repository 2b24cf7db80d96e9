/**
 * Phrases as space-separated words, broken the way the language breaks them (Chinese has no spaces
 * between words): Pagefind indexes a metadata field by its spaces, so each word becomes findable.
 *
 * @example
 * searchWords(["清除浏览记录", "隐私窗口"], "zh-Hans") // → "清除 浏览 记录 隐私 窗口"
 */
export function searchWords(phrases: string[], lang: string): string {
  const breaker = new Intl.Segmenter(lang, { granularity: "word" });
  return phrases.flatMap((phrase) => [...breaker.segment(phrase)].filter((s) => s.isWordLike).map((s) => s.segment)).join(" ");
}
