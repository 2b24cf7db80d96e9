/**
 * A BCP-47 tag as Open Graph writes a locale (language_TERRITORY), with the territory its speakers most
 * likely live in (CLDR's likely subtags) when the tag names none.
 *
 * @example
 * ogLocale("zh-Hans") // → "zh_CN"
 * ogLocale("es") // → "es_ES"
 */
export function ogLocale(lang: string): string {
  // Every page asks for its languages' tags; CLDR's lookup is done once per tag.
  const known = ogLocales.get(lang);
  if (known) return known;
  const likely = new Intl.Locale(lang).maximize();
  const tag = likely.region ? `${likely.language}_${likely.region}` : likely.language;
  ogLocales.set(lang, tag);
  return tag;
}

const ogLocales = new Map<string, string>();
