// Extra word forms a language opts into (locales.json "searchExtraForms"); the rules themselves live in
// assets/js/search-terms.js because the search page applies the same rules to the query.
import { RULES } from "../../assets/js/search-terms.js";

/**
 * The hidden Pagefind metadata field that holds a page's extra forms. Pagefind searches metadata
 * too, at its default weight; measured on the Korean pages, a heavier weight changed no ranking.
 */
export const FORMS_FIELD = "forms";

/** The rule names locales.json may use. */
export const EXTRA_FORM_RULE_NAMES = Object.keys(RULES) as [string, ...string[]];

/**
 * The extra forms of every word in a text under the given rules, each once, leaving out forms
 * that already stand in the text as words of their own. The search stage indexes them as hidden
 * metadata, so they match a query without ever showing in an excerpt.
 *
 * @example
 * extraForms("피해자의 안전을 지킵니다. 안전", ["ko-particles"]) // → ["피해자"]
 */
export function extraForms(text: string, rules: readonly string[]): string[] {
  if (!rules.length) return [];
  const words = new Set(text.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
  const forms = new Set<string>();
  for (const word of words) {
    for (const rule of rules) for (const form of RULES[rule]?.forms(word) ?? []) if (!words.has(form)) forms.add(form);
  }
  return [...forms];
}
