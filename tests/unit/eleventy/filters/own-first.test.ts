import { expect, test } from "vitest";
import { ownFirst } from "../../../../scripts/eleventy/filters/own-first.ts";

const locales = ["en", "es", "vi", "ar"].map((code) => ({ code }));

test("the reader's language first, the others in their order", () => {
  expect(ownFirst(locales, "vi").map((l) => l.code)).toEqual(["vi", "en", "es", "ar"]);
  expect(ownFirst(locales, "en").map((l) => l.code)).toEqual(["en", "es", "vi", "ar"]);
});

test("an unknown code leaves the list as it was", () => {
  expect(ownFirst(locales, "xx")).toEqual(locales);
});
