import type { Dictionaries } from "./dictionaries.ts";

/**
 * Looks up a UI string and fills `{name}` placeholders. Dictionaries are
 * checked complete on load, so an unknown key is a template bug and throws.
 *
 * @example
 * translate(dicts, "es", "page.lastReviewed", { date: "23/11/2026" }) // → "Última revisión: 23/11/2026"
 */
export function translate(
  dictionaries: Dictionaries,
  code: string,
  key: string,
  vars: Record<string, string | number> = {},
): string {
  const dictionary = dictionaries[code];
  if (!dictionary) throw new Error(`Unknown language "${code}": expected one of ${Object.keys(dictionaries).join(", ")} (content/_data/locales.json)`);
  const template = dictionary[key];
  if (template === undefined) throw new Error(`Missing UI string "${key}" in content/_data/i18n/${code}.json`);
  // Most strings have no placeholder: they go back as they are, without a pass of the pattern.
  if (!template.includes("{")) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
