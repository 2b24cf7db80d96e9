/**
 * The languages with the reader's own first, the rest in their usual order (tables that a phone
 * shows only the start of).
 *
 * @example
 * ownFirst([{ code: "en" }, { code: "es" }, { code: "ar" }], "ar").map((l) => l.code) // → ["ar", "en", "es"]
 */
export function ownFirst<T extends { code: string }>(locales: T[], code: string): T[] {
  return [...locales.filter((l) => l.code === code), ...locales.filter((l) => l.code !== code)];
}
