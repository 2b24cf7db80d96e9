import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadDictionaries } from "../../../../scripts/eleventy/i18n/dictionaries.ts";
import type { Locale } from "../../../../scripts/eleventy/i18n/locales.ts";

const locale = (code: string): Locale => ({ code, lang: code, dir: "ltr", label: code, fonts: ["noto-sans"], printFontStack: ["Noto Sans", "sans-serif"], published: true });

function dataDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "afg-dict-"));
  mkdirSync(path.join(dir, "i18n"));
  for (const [code, body] of Object.entries(files)) writeFileSync(path.join(dir, "i18n", `${code}.json`), typeof body === "string" ? body : JSON.stringify(body));
  return dir;
}

describe("loadDictionaries", () => {
  test("loads complete dictionaries", () => {
    const dir = dataDir({ en: { a: "A", b: "B" }, es: { a: "Á", b: "Bé" } });
    expect(loadDictionaries(dir, [locale("en"), locale("es")]).es).toEqual({ a: "Á", b: "Bé" });
  });
  test("a missing key names the file and the key", () => {
    const dir = dataDir({ en: { a: "A", b: "B" }, es: { a: "Á" } });
    expect(() => loadDictionaries(dir, [locale("en"), locale("es")])).toThrow(/es\.json: b: expected a translation/);
  });
  test("an extra key is reported as a likely typo", () => {
    const dir = dataDir({ en: { a: "A" }, es: { a: "Á", aa: "x" } });
    expect(() => loadDictionaries(dir, [locale("en"), locale("es")])).toThrow(/es\.json: aa: .*typo/);
  });
  test("empty values and invalid JSON are rejected", () => {
    expect(() => loadDictionaries(dataDir({ en: { a: " " } }), [locale("en")])).toThrow(/a: expected a non-empty string/);
    expect(() => loadDictionaries(dataDir({ en: "{ nope" }), [locale("en")])).toThrow(/valid JSON/);
  });
  test("a placeholder the English string lacks is named; leaving one out is allowed", () => {
    const dir = dataDir({ en: { a: "Hello {name}", b: "In {language}" }, es: { a: "Hola {nombre}", b: "En español" } });
    expect(() => loadDictionaries(dir, [locale("en"), locale("es")])).toThrow(/es\.json: a: expected only the placeholders of en\.json \(\{name\}\).*\{nombre\}/);
    const fine = dataDir({ en: { a: "Hello {name}", b: "In {language}" }, es: { a: "Hola {name}", b: "En español" } });
    expect(loadDictionaries(fine, [locale("en"), locale("es")]).es!.b).toBe("En español");
  });
  test("a listed language without a file is named", () => {
    expect(() => loadDictionaries(dataDir({ en: { a: "A" } }), [locale("en"), locale("ko")])).toThrow(/ko\.json.*dictionary for locale "ko"/);
  });
});
