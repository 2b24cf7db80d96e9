import { expect, test } from "vitest";
import { telHref } from "../../../../scripts/eleventy/filters/tel-href.ts";

test("keeps only what a phone dials", () => {
  expect(telHref("1-800-799-7233")).toBe("tel:18007997233");
  expect(telHref("+44 (0)20 7946 0958")).toBe("tel:+4402079460958");
});
