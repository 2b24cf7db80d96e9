import { expect, test } from "vitest";
import { alphabetical, resourceTypeKey, searchFacets } from "../../../scripts/eleventy/search-pages.ts";
import type { CollectionItem } from "../../../scripts/eleventy/types.ts";

const item = (lang: string, url: string, title: string, data: Record<string, unknown> = {}) =>
  ({ url, data: { title, section: "policy", audience: ["advocates"], page: { lang }, ...data } }) as unknown as CollectionItem;

test("the A–Z index sorts one language's pages as that language sorts", () => {
  const pages = [item("en", "/en/b/", "Zebra"), item("en", "/en/a/", "apple"), item("en", "/en/c/", "Éclair"), item("es", "/es/a/", "Árbol")];
  expect(alphabetical(pages, [], "en", "en", {}).map((e) => e.title)).toEqual(["apple", "Éclair", "Zebra"]);
  const ko = [item("ko", "/ko/b/", "피해자"), item("ko", "/ko/a/", "가족"), item("ko", "/ko/c/", "안전")];
  expect(alphabetical(ko, [], "ko", "ko", {}).map((e) => e.title)).toEqual(["가족", "안전", "피해자"]);
  expect(alphabetical([item("en", "/en/print/x/", "Card", { format: "pocket-card" })], [], "en", "en", {})[0]).toEqual({ url: "/en/print/x/", title: "Card", section: "policy", type: "pocket-card" });
});

test("search filters offer only values the language's own pages carry, in a stable order", () => {
  const sections = [{ id: "policy", order: 4 }, { id: "families-in-contact", order: 1 }, { id: "about", order: 6 }];
  const pages = [
    item("en", "/en/a/", "A", { section: "policy", audience: ["policy-staff"] }),
    item("en", "/en/b/", "B", { section: "families-in-contact", audience: ["trainers", "advocates"], format: "handout" }),
    item("es", "/es/c/", "C", { section: "about", audience: ["child-welfare"] }),
    item("es", "/es/d/", "D (English stand-in)", { section: "policy", fallbackFrom: "/en/a/" }),
  ];
  expect(searchFacets(pages, [{ code: "en", section: "families-in-contact" }], "en", sections)).toEqual({
    sections: ["families-in-contact", "policy"],
    audiences: ["advocates", "trainers", "policy-staff"],
    types: ["page", "handout", "packet"],
  });
  expect(searchFacets(pages, [], "es", sections)).toEqual({ sections: ["about"], audiences: ["child-welfare"], types: ["page"] });
});

test("a resource type's label is the print catalog's name for printables", () => {
  expect(resourceTypeKey("page")).toBe("search.type.page");
  expect(resourceTypeKey("pocket-card")).toBe("print.format.pocket-card");
  expect(resourceTypeKey("packet")).toBe("print.format.packet");
});
