// The site menu marks the section the reader is in (aria-current, drawn as an underline): on every page of a
// section the menu lists, that section's link and no other; on every print page, Printables; elsewhere nothing.
// An invariant of the real site (dist/), read from the built files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { elements, parseHtml, type Document } from "../../scripts/html/parse.ts";
import { DIST } from "../helpers/paths.ts";
import { builtPages } from "../helpers/site-browser.ts";

/** The first folder of a site path after its language: "/en/policy/x/" → "policy". */
const sectionOf = (urlPath: string) => urlPath.split("/")[2] ?? "";

/** The site menu's links of a built page, each with whether it is marked as current. */
function menuLinks(urlPath: string): { href: string; current: boolean }[] {
  const doc = parseHtml(readFileSync(path.join(DIST, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath), "utf8"));
  const nav = elements(doc, (e) => e.name === "nav" && (e.attribs.class ?? "").split(/\s+/).includes("site-nav"))[0];
  if (!nav) return [];
  return elements(nav as unknown as Document, (e) => e.name === "a").map((a) => ({ href: a.attribs.href ?? "", current: "aria-current" in a.attribs }));
}

test("the site menu marks the reader's own section on every page, and only that", () => {
  const marked: string[] = [];
  for (const urlPath of builtPages().filter((p) => /^\/[^/]+\/.+/.test(p))) {
    const links = menuLinks(urlPath);
    if (!links.length) continue;
    const own = links.filter((l) => sectionOf(l.href) === sectionOf(urlPath)).map((l) => l.href);
    expect(links.filter((l) => l.current).map((l) => l.href), urlPath).toEqual(own);
    if (own.length) marked.push(urlPath);
  }
  // Every language's reference pages and print pages are in a section the menu lists.
  expect(marked.filter((p) => sectionOf(p) === "print").length).toBeGreaterThan(0);
  expect(marked.filter((p) => sectionOf(p) !== "print").length).toBeGreaterThan(0);
});
