import { describe, expect, test } from "vitest";
import { englishUnits, sourceHash, translationStatus, unitWords } from "../../../../scripts/eleventy/i18n/translation-state.ts";
import { pageUnits } from "../../../../scripts/i18n/units.ts";

const english = [
  { id: "meta.title", hash: "11111111" },
  { id: "intro", hash: "22222222" },
  { id: "tips", hash: "33333333" },
];
const translated = (status: "draft" | "reviewed", paragraphs: Record<string, string>) => ({ locale: "es", data: { translation: { status, from: "aaaaaaaaaaaa", paragraphs } } }) as never;
const upToDate = { "meta.title": "11111111", intro: "22222222", tips: "33333333" };

describe("sourceHash", () => {
  test("is the first 12 hex digits of SHA-256 (as sha256sum prints)", () => expect(sourceHash("hello\n")).toBe("5891b5b522d5"));
});

describe("translationStatus", () => {
  test("missing when there is no translation", () => expect(translationStatus(undefined, english)).toEqual({ status: "missing", behind: [] }));
  test("source for English", () => expect(translationStatus({ locale: "en", data: {} } as never, english).status).toBe("source"));
  test("draft or reviewed while every paragraph's English is unchanged (the whole-page hash is only a summary)", () => {
    expect(translationStatus(translated("draft", upToDate), english)).toEqual({ status: "draft", behind: [] });
    expect(translationStatus(translated("reviewed", upToDate), english)).toEqual({ status: "reviewed", behind: [] });
  });
  test("stale once one paragraph's English changed, even if it was reviewed, naming exactly that paragraph", () => {
    expect(translationStatus(translated("reviewed", { ...upToDate, intro: "99999999" }), english)).toEqual({ status: "stale", behind: ["intro"] });
  });
  test("a paragraph the translation has no record of (new in English) is behind; records the English no longer has are not", () => {
    const { tips: _, ...withoutTips } = upToDate;
    expect(translationStatus(translated("draft", { ...withoutTips, gone: "44444444" }), english).behind).toEqual(["tips"]);
  });
});

describe("englishUnits", () => {
  const page = "---\ntitle: Stay in touch\n---\nCall the [help line](/en/help/) **first**. {#intro}\n";
  test("keeps each unit's id and hash, and its words without Markdown, and nothing else", () => {
    const full = pageUnits(page);
    expect(englishUnits(page)).toEqual([
      { id: "meta.title", hash: full[0]!.hash, words: "Stay in touch" },
      { id: "intro", hash: full[1]!.hash, words: "Call the help line first." },
    ]);
  });
  test("unitWords reads a unit's segment as plain text", () => expect(unitWords(pageUnits(page)[1]!)).toBe("Call the help line first."));
});
