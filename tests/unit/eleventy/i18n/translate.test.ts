import { describe, expect, test } from "vitest";
import { translate } from "../../../../scripts/eleventy/i18n/translate.ts";

const dicts = { en: { "page.lastReviewed": "Last reviewed {date}", "nav.search": "Search" }, es: { "page.lastReviewed": "Revisado {date}", "nav.search": "Buscar" } };

describe("translate", () => {
  test("looks up a key in the reader's language", () => expect(translate(dicts, "es", "nav.search")).toBe("Buscar"));
  test("fills placeholders and leaves unknown ones visible", () => {
    expect(translate(dicts, "en", "page.lastReviewed", { date: "23 Nov" })).toBe("Last reviewed 23 Nov");
    expect(translate(dicts, "en", "page.lastReviewed")).toBe("Last reviewed {date}");
  });
  test("an unknown key names the key and the dictionary file", () => expect(() => translate(dicts, "es", "nav.nope")).toThrow(/nav\.nope.*i18n\/es\.json/));
  test("an unknown language names the known ones", () => expect(() => translate(dicts, "xx", "nav.search")).toThrow(/"xx".*en, es/));
});
