import { describe, expect, test } from "vitest";
import { addNunjucksFilter, nunjucksFilter } from "../../../scripts/eleventy/nunjucks-filter.ts";
import type { EleventyConfig, FilterContext } from "../../../scripts/eleventy/types.ts";

const page = { url: "/es/x/", inputPath: "./content/es/x.md", lang: "es" } as FilterContext["page"];

describe("nunjucksFilter", () => {
  test("the filter's `this` is the page's variables, so this.page is the page", () => {
    const filter = nunjucksFilter("t", function (this: FilterContext, key: string) {
      return `${this.page?.lang}:${key}`;
    });
    expect(filter.call({ ctx: { page } }, "nav.home")).toBe("es:nav.home");
  });

  test("an error names the page and the filter, and keeps the filter's own error as its cause", () => {
    const own = new Error('Missing UI string "nav.nope" in content/_data/i18n/es.json');
    const filter = nunjucksFilter("t", () => {
      throw own;
    });
    let thrown: unknown;
    try {
      filter.call({ ctx: { page } }, "nav.nope");
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toBe('./content/es/x.md: the "t" filter failed: Missing UI string "nav.nope" in content/_data/i18n/es.json');
    expect((thrown as Error).cause).toBe(own);
  });
});

describe("addNunjucksFilter", () => {
  test("adds the filter to the Nunjucks environment, not through Eleventy's addFilter", () => {
    const added = new Map<string, (...args: unknown[]) => unknown>();
    const config = {
      amendLibrary: (name: string, amend: (env: { addFilter: (n: string, f: (...args: unknown[]) => unknown) => void }) => void) => {
        expect(name).toBe("njk");
        amend({ addFilter: (n, f) => added.set(n, f) });
      },
    } as unknown as EleventyConfig;
    addNunjucksFilter(config, "double", (n: number) => n * 2);
    expect([...added.keys()]).toEqual(["double"]);
    expect(added.get("double")!.call({ ctx: { page } }, 21)).toBe(42);
  });
});
