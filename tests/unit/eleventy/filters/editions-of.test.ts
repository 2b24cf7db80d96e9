import { expect, test } from "vitest";
import { editionsOf } from "../../../../scripts/eleventy/filters/editions-of.ts";

test("editionsOf: the English handout's page offers every language's edition, a translation's page its own", () => {
  const editions = [
    { code: "es", printUrl: "/es/print/x/", sourcePrintUrl: "/en/print/x/" },
    { code: "ar", printUrl: "/ar/print/x/", sourcePrintUrl: "/en/print/x/" },
    { code: "es", printUrl: "/es/print/y/", sourcePrintUrl: "/en/print/y/" },
  ];
  expect(editionsOf(editions, "/en/print/x/").map((e) => e.code)).toEqual(["es", "ar"]);
  expect(editionsOf(editions, "/ar/print/x/").map((e) => e.code)).toEqual(["ar"]);
  expect(editionsOf(editions, "/en/print/z/")).toEqual([]);
});
