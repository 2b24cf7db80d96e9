import { describe, expect, test } from "vitest";
import { startPages } from "../../../../scripts/eleventy/filters/start-pages.ts";

describe("startPages", () => {
  test("each part starts after the pages of the parts before it (one page when not said)", () => {
    expect(startPages([{ data: { pages: 2 } }, { data: { pages: 1 } }, { data: {} }, { data: { pages: 2 } }], 3)).toEqual([3, 5, 6, 7]);
    expect(startPages([], 3)).toEqual([]);
  });
});
