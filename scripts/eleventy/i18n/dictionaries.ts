import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { ContentError, throwIfAny } from "../content-error.ts";
import { DEFAULT_LOCALE, type Locale } from "./locales.ts";

export type Dictionary = Record<string, string>;
export type Dictionaries = Record<string, Dictionary>;

/**
 * Reads `i18n/<code>.json` for every locale and checks each has exactly the
 * keys of the default language's dictionary, every value a non-empty string.
 *
 * @example
 * loadDictionaries("content/_data", locales).es["nav.search"] // → "Buscar"
 */
export function loadDictionaries(dataDir: string, locales: Locale[]): Dictionaries {
  const dictionaries: Dictionaries = {};
  const errors: Error[] = [];
  for (const { code } of locales) {
    const file = path.join(dataDir, "i18n", `${code}.json`);
    if (!existsSync(file)) {
      errors.push(new ContentError(file, "(file)", `a dictionary for locale "${code}" listed in locales.json`, "no such file"));
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      errors.push(new ContentError(file, "(file)", "valid JSON", (error as Error).message));
      continue;
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      errors.push(new ContentError(file, "(root)", "an object of flat dot keys"));
      continue;
    }
    const dictionary: Dictionary = {};
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value !== "string" || value.trim() === "") {
        errors.push(new ContentError(file, key, "a non-empty string", JSON.stringify(value)));
      } else {
        dictionary[key] = value;
      }
    }
    dictionaries[code] = dictionary;
  }
  throwIfAny(errors);
  errors.push(...compareKeys(dataDir, dictionaries));
  throwIfAny(errors);
  return dictionaries;
}

/**
 * Every dictionary must have every key of the default one, and no key it lacks (a typo). A key every
 * other dictionary has is missing from the default one: one error there, not one per translation.
 */
function compareKeys(dataDir: string, dictionaries: Dictionaries): Error[] {
  const reference = { ...(dictionaries[DEFAULT_LOCALE] ?? {}) };
  const errors: Error[] = [];
  const others = Object.entries(dictionaries).filter(([code]) => code !== DEFAULT_LOCALE);
  const everyOther = new Set(others.length > 1 ? Object.keys(others[0]![1]).filter((key) => !(key in reference) && others.every(([, d]) => key in d)) : []);
  for (const key of everyOther) {
    errors.push(new ContentError(path.join(dataDir, "i18n", `${DEFAULT_LOCALE}.json`), key, `the ${DEFAULT_LOCALE} UI string "${key}" (every other dictionary has it)`, "missing"));
    reference[key] = others[0]![1][key]!; // checked once, above: the translations are not errors too
  }
  for (const [code, dictionary] of Object.entries(dictionaries)) {
    const file = path.join(dataDir, "i18n", `${code}.json`);
    for (const key of Object.keys(reference)) {
      if (!(key in dictionary)) errors.push(new ContentError(file, key, `a translation of the UI string "${key}" (it is in ${DEFAULT_LOCALE}.json)`, "missing"));
    }
    for (const [key, value] of Object.entries(dictionary)) {
      if (!(key in reference)) {
        errors.push(new ContentError(file, key, `only keys that exist in ${DEFAULT_LOCALE}.json (is it a typo?)`, "unknown key"));
        continue;
      }
      // A placeholder the code never fills would show as "{name}" to readers; leaving one out is allowed.
      const known = placeholders(reference[key]!);
      const unknown = placeholders(value).filter((p) => !known.includes(p));
      if (unknown.length) errors.push(new ContentError(file, key, `only the placeholders of ${DEFAULT_LOCALE}.json (${known.join(", ") || "none"})`, unknown.join(", ")));
    }
  }
  return errors;
}

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]);
