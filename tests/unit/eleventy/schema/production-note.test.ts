import { expect, test } from "vitest";
import { productionNoteIn } from "../../../../scripts/eleventy/schema/production-note.ts";

test("finds a production-note phrase whatever its case, and names it", () => {
  expect(productionNoteIn("The map Did Not Survive the scan.", ["our copy", "did not survive"])).toBe("did not survive");
});

test("reader text without the phrases passes", () => {
  expect(productionNoteIn("Publisher not stated.", ["our copy", "did not survive"])).toBeUndefined();
});
