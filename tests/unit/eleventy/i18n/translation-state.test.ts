import { describe, expect, test } from "vitest";
import { sourceHash, translationStatus } from "../../../../scripts/eleventy/i18n/translation-state.ts";

const translated = (status: "draft" | "reviewed", from: string) => ({ locale: "es", data: { translation: { status, from } } }) as never;

describe("sourceHash", () => {
  test("is the first 12 hex digits of SHA-256 (as sha256sum prints)", () => expect(sourceHash("hello\n")).toBe("5891b5b522d5"));
});

describe("translationStatus", () => {
  test("missing when there is no translation", () => expect(translationStatus(undefined, "aaaaaaaaaaaa")).toBe("missing"));
  test("source for English", () => expect(translationStatus({ locale: "en", data: {} } as never, "aaaaaaaaaaaa")).toBe("source"));
  test("draft or reviewed while the English is unchanged", () => {
    expect(translationStatus(translated("draft", "aaaaaaaaaaaa"), "aaaaaaaaaaaa")).toBe("draft");
    expect(translationStatus(translated("reviewed", "aaaaaaaaaaaa"), "aaaaaaaaaaaa")).toBe("reviewed");
  });
  test("stale once the English changed, even if it was reviewed", () => {
    expect(translationStatus(translated("reviewed", "aaaaaaaaaaaa"), "bbbbbbbbbbbb")).toBe("stale");
  });
});
