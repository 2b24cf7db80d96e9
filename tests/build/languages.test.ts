// Every language in dist/ (built by `npm test` before the tests), read as HTML: the right lang and
// dir on every page, hreflang alternates and a language switcher that stays on the same page, no
// raw UI key or unfilled {placeholder} anywhere, and each glossary page listing its term list.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadLocales, publishedLocales } from "../../scripts/eleventy/i18n/locales.ts";
import { CONTENT, DIST } from "../helpers/paths.ts";

const locales = publishedLocales(loadLocales(path.join(CONTENT, "_data")));
const english = JSON.parse(readFileSync(path.join(CONTENT, "_data", "i18n", "en.json"), "utf8")) as Record<string, string>;
const siteUrl = (JSON.parse(readFileSync(path.join(CONTENT, "_data", "site.json"), "utf8")) as { url: string }).url;

/** Every built page under a language folder: its URL path and HTML. */
const pages = locales.flatMap((locale) =>
  readdirSync(path.join(DIST, locale.code), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("index.html"))
    .sort()
    .map((f) => ({ locale, url: `/${locale.code}/${f.replace(/index\.html$/, "")}`, html: readFileSync(path.join(DIST, locale.code, f), "utf8") })),
);

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
/** What a reader can see or hear: text, and the attributes browsers show or read out. */
const readable = (html: string) =>
  decode(
    html
      .replace(/<script[\s\S]*?<\/script>/g, " ")
      .replace(/<style[\s\S]*?<\/style>/g, " ")
      .replace(/<[^>]*?\b(?:alt|title|aria-label|placeholder|content)="([^"]*)"[^>]*>/g, " $1 ")
      .replace(/<[^>]+>/g, " "),
  );

test("there is something to check: every published language has pages", () => {
  expect(locales.length).toBeGreaterThanOrEqual(6);
  for (const locale of locales) expect(pages.filter((p) => p.locale === locale).length, locale.code).toBeGreaterThan(30);
});

describe.each(locales.map((l) => [l.code, l] as const))("%s", (code, locale) => {
  const own = pages.filter((p) => p.locale === locale);

  test("every page has <html lang dir> of its language", () => {
    const wrong = own.filter((p) => !p.html.includes(`<html lang="${locale.lang}" dir="${locale.dir}"`)).map((p) => p.url);
    expect(wrong).toEqual([]);
  });

  test("every page has an alternate for each language (its own included) and x-default, all built", () => {
    // A bilingual sheet (…/bilingual/) has no language versions of its own: its handout's preview has them.
    for (const { url, html } of own.filter((p) => !p.url.endsWith("/bilingual/"))) {
      const alternates = new Map([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1]!, m[2]!]));
      // An English fallback copy is not a translation: it is not its own language's alternate.
      const fallback = html.includes('data-fallback="true"');
      const expected = locales.filter((l) => !(fallback && l === locale)).map((l) => l.lang);
      expect([...alternates.keys()].sort(), url).toEqual([...expected, "x-default"].sort());
      if (!fallback) expect(alternates.get(locale.lang), url).toBe(siteUrl + url);
      for (const href of alternates.values()) expect(pages.some((p) => siteUrl + p.url === href), `${url} → ${href}`).toBe(true);
    }
  });

  test("the language switcher names each language in itself and goes to this page's counterpart", () => {
    for (const { url, html } of own) {
      const switcher = /<nav class="lang-switcher"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
      const links = [...switcher.matchAll(/<a href="([^"]+)" lang="([^"]+)" hreflang="[^"]+"[^>]*>([^<]+)<\/a>/g)].map((m) => ({ href: m[1]!, lang: m[2]!, label: m[3]! }));
      expect(links.map((l) => [l.lang, l.label]), url).toEqual(locales.map((l) => [l.lang, l.label]));
      // The same page: the switcher link for each language is that language's alternate (or, for an untranslated page, its URL all the same);
      // from a bilingual sheet, the same handout's preview, which offers that language's sheet.
      const counterpart = url.replace(/^\/[^/]+\//, "/").replace(/bilingual\/$/, "");
      for (const link of links) expect(link.href.replace(/^\/[^/]+\//, "/"), `${url} → ${link.href}`).toBe(counterpart);
    }
  });

  test("no raw UI key and no unfilled {placeholder} reaches a reader", () => {
    const keys = Object.keys(english).filter((k) => k.includes("."));
    for (const { url, html } of own) {
      const text = readable(html);
      expect(keys.filter((k) => new RegExp(`(^|[^\\w./-])${k.replace(/\./g, "\\.")}($|[^\\w-])`).test(text)), url).toEqual([]);
      expect(text.match(/\{[a-z]+\}/gi) ?? [], url).toEqual([]);
    }
  });

  test("the glossary page lists exactly the term list, with the English ids in the English order", () => {
    const terms = JSON.parse(readFileSync(path.join(CONTENT, "_data", "glossary", `${code}.json`), "utf8")) as { id: string; term: string }[];
    const englishIds = (JSON.parse(readFileSync(path.join(CONTENT, "_data", "glossary", "en.json"), "utf8")) as { id: string }[]).map((t) => t.id);
    expect(terms.map((t) => t.id)).toEqual(englishIds);
    const html = own.find((p) => p.url === `/${code}/reference/glossary/`)!.html;
    expect(html).not.toMatch(/<dl class="glossary" lang="en"/); // its own terms, not the English stand-in
    const list = /<dl class="glossary"[\s\S]*?<\/dl>/.exec(html)![0];
    const shown = [...list.matchAll(/<dt id="([^"]+)"[^>]*>([\s\S]*?)<\/dt>/g)].map((m) => ({ id: m[1]!, term: decode(m[2]!.replace(/<[^>]+>/g, "")).trim() }));
    expect(shown).toEqual(terms.map((t) => ({ id: t.id, term: t.term })));
  });
});

test.each(locales.filter((l) => l.code !== "en").map((l) => l.code))("%s: a translated page and its printables say, in this language, that the translation is a draft", (code) => {
  const own = pages.filter((p) => p.locale.code === code);
  const dictionary = JSON.parse(readFileSync(path.join(CONTENT, "_data", "i18n", `${code}.json`), "utf8")) as Record<string, string>;
  expect(readable(own.find((p) => p.url === `/${code}/victim-contact/tips-for-advocates/`)!.html)).toContain(dictionary["translation.draft"]!);
  expect(readable(own.find((p) => p.url === `/${code}/print/advocate-tips-handout/`)!.html)).toContain(dictionary["print.draftTranslation"]!);
});
