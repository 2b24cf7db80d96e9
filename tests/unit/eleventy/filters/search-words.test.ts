import { expect, test } from "vitest";
import { searchWords } from "../../../../scripts/eleventy/filters/search-words.ts";

test("Chinese phrases come apart into their words", () => {
  expect(searchWords(["清除浏览记录", "隐私窗口"], "zh-Hans")).toBe("清除 浏览 记录 隐私 窗口");
});

test("spaced languages keep their words and lose the punctuation", () => {
  expect(searchWords(["what to say on the first call", "is it safe?"], "en")).toBe("what to say on the first call is it safe");
});
