// What readers and reviewers see of a translation's state, in built pages (parsed, not opened in Chromium):
// the fixture site (built once per run) has Spanish and Arabic pages behind the English on exactly the
// paragraphs whose links it turned into text; one small build (English and Spanish only) has a page a
// person marked reviewed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DomUtils } from "htmlparser2";
import { elements, text } from "../../scripts/html/parse.ts";
import { buildHere, contentWith, publishedOnly } from "../helpers/build-fixture.ts";
import { FIXTURE_CONTENT, FIXTURE_DIST } from "../helpers/paths.ts";

const PAGE = "victim-contact/tips-for-advocates";
const dictionary = (code: string) => JSON.parse(readFileSync(path.join(FIXTURE_CONTENT, "_data", "i18n", `${code}.json`), "utf8")) as Record<string, string>;
const doc = (dist: string, urlPath: string) => readFileSync(path.join(dist, urlPath, "index.html"), "utf8");

describe.each(["es", "ar"])("a %s page behind the English on two paragraphs", (code) => {
  const page = () => doc(FIXTURE_DIST, `${code}/${PAGE}`);
  test("its notice, in its language, lists exactly those paragraphs, each linked to its id", () => {
    const [notice] = elements(page(), (e) => e.attribs.class === "notice notice--stale");
    expect(text(notice!)).toContain(dictionary(code)["translation.behind"]);
    expect(DomUtils.findAll((e) => e.name === "a" && e.attribs.href!.startsWith("#"), [notice!]).map((a) => a.attribs.href)).toEqual(["#related-what-why", "#related-provider-safety"]);
  });
  test("each of those paragraphs, and only those, carries the English-text-changed mark, linked to the English paragraph and not indexed", () => {
    const marks = elements(page(), (e) => e.attribs.class === "behind-mark");
    expect(marks.map((m) => [text(m), m.attribs.href, m.attribs["data-pagefind-ignore"]])).toEqual([
      [dictionary(code)["translation.behindMark"], `/en/${PAGE}/#related-what-why`, ""],
      [dictionary(code)["translation.behindMark"], `/en/${PAGE}/#related-provider-safety`, ""],
    ]);
    expect(marks.map((m) => (m.parent as unknown as { attribs: Record<string, string> }).attribs.id)).toEqual(["related-what-why", "related-provider-safety"]);
  });
  test("an up-to-date page of the same language has neither", () => {
    const other = doc(FIXTURE_DIST, `${code}/policy/cross-systems-collaboration`);
    expect(elements(other, (e) => e.attribs.class === "behind-mark" || e.attribs.class === "notice notice--stale")).toEqual([]);
  });
});

test("the translations page exists in every language, lists each page's state with links, and the footer links to it", () => {
  for (const code of ["en", "es", "ar"]) {
    const page = doc(FIXTURE_DIST, `${code}/about/translations`);
    const cells = elements(page, (e) => e.name === "td");
    expect(cells.some((c) => text(c).includes(dictionary(code)["translation.statusBehind"]!.replace("{count}", "2")))).toBe(true);
    expect(elements(page, (e) => e.name === "a" && e.attribs.href === `/es/${PAGE}/`).length).toBeGreaterThan(0);
    expect(elements(doc(FIXTURE_DIST, `${code}/${PAGE}`), (e) => e.name === "a" && e.attribs.href === `/${code}/about/translations/`)).toHaveLength(1);
  }
});

describe("a page a person marked reviewed", () => {
  let site: ReturnType<typeof contentWith>;
  let out: string;
  let status: number;
  let output: string;
  beforeAll(async () => {
    const file = `es/${PAGE}.md`;
    const stale = readFileSync(path.join(FIXTURE_CONTENT, file), "utf8");
    // Up to date, then reviewed: what an import of a reviewer's XLIFF (or an editor by hand) writes.
    const english = (await import("../../scripts/i18n/units.ts")).pageUnits(readFileSync(path.join(FIXTURE_CONTENT, "en", `${PAGE}.md`), "utf8"));
    const hashes = english.map((u) => `    ${u.id}: "${u.hash}"`).join("\n");
    const reviewed = stale.replace(/translation:\n[^]*?\n---\n/, `translation:\n  status: reviewed\n  reviewedBy: "Ana López"\n  reviewedOn: 2027-01-15\n  from: "0e200a804f18"\n  paragraphs:\n${hashes}\n---\n`);
    // And an English paragraph no translation has yet, on another page: the Spanish page is behind on it.
    const overview = "en/families-in-contact/overview.md";
    const added = `${readFileSync(path.join(FIXTURE_CONTENT, overview), "utf8")}\nCall the [help line](/en/about/this-guide/) **before** a visit. {#new-before-visit}\n`;
    site = contentWith([publishedOnly({ en: {}, es: {} }), { file, replace: reviewed }, { file: overview, replace: added }]);
    out = path.join(site.dir, "out");
    ({ status, output } = await buildHere({ content: site.content, out, print: false, search: false }));
  });
  afterAll(() => site.cleanup());

  test("loses the draft label and the stale notice, names its reviewer in the footer, and in its citation data", () => {
    expect(status, output).toBe(0);
    const page = doc(out, `es/${PAGE}`);
    expect(elements(page, (e) => /notice--(draft|stale)/.test(e.attribs.class ?? ""))).toEqual([]);
    expect(text(elements(page, (e) => e.attribs.class === "translation-credit")[0]!)).toBe("Traducción revisada por Ana López el 15 de enero de 2027.");
    expect(readFileSync(path.join(out, "es", PAGE, "cite.bib"), "utf8")).toContain("Traducción revisada por Ana López, 2027-01-15");
    expect(readFileSync(path.join(out, "es", PAGE, "cite.ris"), "utf8")).toMatch(/^N1 {2}- Traducción revisada por Ana López, 2027-01-15/m);
    expect(readFileSync(path.join(out, "es", PAGE, "index.html"), "utf8")).toContain('"reviewedBy":{"@type":"Person","name":"Ana López"}');
  });

  test("a part the translation lacks is named in the stale notice by its English words, without Markdown and not linked", () => {
    const [notice] = elements(doc(out, "es/families-in-contact/overview"), (e) => e.attribs.class === "notice notice--stale");
    const items = DomUtils.findAll((e) => e.name === "li", [notice!]);
    const unlinked = items.filter((li) => !DomUtils.findAll((e) => e.name === "a", [li]).length);
    expect(unlinked.map((li) => text(li))).toEqual(["Call the help line before a visit."]);
  });

  test("a draft page beside it keeps its draft label and names no reviewer", () => {
    const page = doc(out, "es/policy/cross-systems-collaboration");
    expect(elements(page, (e) => e.attribs.class === "notice notice--draft")).toHaveLength(1);
    expect(elements(page, (e) => e.attribs.class === "translation-credit")).toEqual([]);
  });
});
