import { expect, test } from "vitest";
import { packUrl } from "../../scripts/offline.ts";

test("a page is cached at its folder's URL, as readers ask for it; any other file at its path", () => {
  expect(packUrl("en/victim-contact/tips/index.html")).toBe("/en/victim-contact/tips/");
  expect(packUrl("en/index.html")).toBe("/en/");
  expect(packUrl("/pagefind/pagefind.js")).toBe("/pagefind/pagefind.js");
});
