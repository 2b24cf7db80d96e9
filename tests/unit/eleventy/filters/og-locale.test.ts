import { expect, test } from "vitest";
import { ogLocale } from "../../../../scripts/eleventy/filters/og-locale.ts";

test("language_TERRITORY, the territory from CLDR's likely subtags unless the tag names one", () => {
  expect(["en", "es", "vi", "zh-Hans", "ko", "ar"].map(ogLocale)).toEqual(["en_US", "es_ES", "vi_VN", "zh_CN", "ko_KR", "ar_EG"]);
  expect(ogLocale("es-US")).toBe("es_US");
});
