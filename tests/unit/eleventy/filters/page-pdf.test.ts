import { expect, test } from "vitest";
import { pagePdf } from "../../../../scripts/eleventy/filters/page-pdf.ts";

test("beside the page, named for it", () => {
  expect(pagePdf("/ar/policy/cross-systems-collaboration/")).toBe("/ar/policy/cross-systems-collaboration/cross-systems-collaboration.pdf");
});
