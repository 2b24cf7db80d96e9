import { expect, test } from "vitest";
import { localeFromUrl } from "../../../../scripts/eleventy/i18n/plugin.ts";

test("localeFromUrl takes the first segment when locales.json lists it", () => {
  expect(localeFromUrl("/zh-hans/policy/x/", ["en", "zh-hans"])).toBe("zh-hans");
  expect(localeFromUrl("/assets/x.css", ["en", "zh-hans"])).toBe("en");
  expect(localeFromUrl("/", ["en"])).toBe("en");
  expect(localeFromUrl(false, ["en"])).toBe("en");
});
