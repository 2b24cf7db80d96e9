/**
 * A BCP-47 tag as Open Graph writes a locale (language_TERRITORY), with the territory its speakers most
 * likely live in (CLDR's likely subtags) when the tag names none.
 *
 * @example
 * ogLocale("zh-Hans") // → "zh_CN"
 * ogLocale("es") // → "es_ES"
 */
export function ogLocale(lang: string): string {
  const likely = new Intl.Locale(lang).maximize();
  return likely.region ? `${likely.language}_${likely.region}` : likely.language;
}
