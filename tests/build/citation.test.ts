// The citation kit in the built site (dist/, built by `npm test` before the tests): machine-readable tags on
// every reference page, the cite box with its three styles, and the BibTeX, RIS and CSL-JSON beside each page.
// Each download is read back through a parser other than the one that wrote it: @retorquere/bibtex-parser
// (Better BibTeX for Zotero's), astrocite for RIS, citeproc-js for CSL-JSON.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";
import CSL from "citeproc";
import { describe, expect, test } from "vitest";
import { elements, parseHtml, text, type Document } from "../../scripts/html/parse.ts";
import { CONTENT, DIST, FIXTURE_DIST } from "../helpers/paths.ts";
import { comparable } from "../helpers/pdf-text.ts";

const siteUrl = (process.env.SITE_URL ?? (JSON.parse(readFileSync(path.join(CONTENT, "_data", "site.json"), "utf8")) as { url: string }).url).replace(/\/$/, "");

const html = (urlPath: string, root = DIST) => parseHtml(readFileSync(path.join(root, urlPath, "index.html"), "utf8"));
/** A page of the frozen fixture site, for exact strings an editor's edit to content/ must not break. */
const fixture = (urlPath: string) => html(urlPath, FIXTURE_DIST);
/** Every value of <meta name|property="…" content="…">. */
const metas = (doc: Document, name: string) => elements(doc, (e) => e.name === "meta" && (e.attribs.name === name || e.attribs.property === name)).map((e) => e.attribs.content ?? "");
const meta = (doc: Document, name: string) => metas(doc, name)[0];
const first = (doc: Document, match: Parameters<typeof elements>[1]) => elements(doc, match)[0];
/** The text of the element with this id, or "" when there is none. */
const byId = (doc: Document, id: string) => {
  const element = first(doc, (e) => e.attribs.id === id);
  return element ? text(element) : "";
};
/** The links with this href (or data-print-file, before the print stage fills it in). */
const links = (doc: Document, href: string) => elements(doc, (e) => e.name === "a" && (e.attribs.href === href || e.attribs["data-print-file"] === href));
/** "Last changed {date}" in the page's language, as a pattern for the rendered line. */
const lastChangedPattern = (code: string) => {
  const template = (JSON.parse(readFileSync(path.join(CONTENT, "_data", "i18n", `${code}.json`), "utf8")) as Record<string, string>)["page.lastChanged"]!;
  return new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace("{date}", ".*\\d{4}.*")}$`);
};

/** The reference pages the content promises: every English Markdown page but printables and the home page. */
const referencePages = readdirSync(path.join(CONTENT, "en"), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".md") && !f.startsWith("print") && f !== "index.md")
  .map((f) => `/en/${f.replace(/\.md$/, "")}/`)
  .sort();
/** …and every other page built at /<code>/<section>/<page>/ (translations, fallback copies), but the translations page
 * reviewers use (/<code>/about/translations/: a table made from data, not a page to cite). */
const builtReferencePages = readdirSync(DIST, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("index.html") && f.split(path.sep).length === 4 && !f.split(path.sep).includes("print") && !f.startsWith("pagefind"))
  .filter((f) => !f.endsWith(path.join("about", "translations", "index.html")))
  .map((f) => `/${f.split(path.sep).slice(0, 3).join("/")}/`)
  .sort();

/** A CSL style that prints the fields a reference manager keeps, one after another: title|author|date|language|URL. */
const FIELDS_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Fields</title><id>fields</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><group delimiter="|">
    <text variable="title"/><names variable="author"><name/></names>
    <date variable="issued"><date-part name="year"/><date-part name="month" form="numeric-leading-zeros" prefix="-"/><date-part name="day" form="numeric-leading-zeros" prefix="-"/></date>
    <text variable="language"/><text variable="URL"/>
  </group></layout></bibliography>
</style>`;
/** CSL's en-US terms, which citeproc-js needs to run any style (the locale file citation-js ships). */
const EN_US = (createRequire(import.meta.url)("@citation-js/plugin-csl/lib/locales.json") as Record<string, string>)["en-US"]!;

/** A CSL-JSON file read by citeproc-js: title|author|date|language|URL of its one item (its typographic apostrophes made plain again). */
function throughCiteproc(json: string): string {
  const [item] = JSON.parse(json) as { id: string }[];
  const engine = new CSL.Engine({ retrieveLocale: () => EN_US, retrieveItem: () => item }, FIELDS_STYLE, "en-US");
  engine.updateItems([item!.id]);
  engine.setOutputFormat("text");
  return engine.makeBibliography()[1][0]!.trim().replace(/’/g, "'");
}

/** A RIS author as a reader shows it (astrocite splits a name it takes for a person's). */
const risName = (a: { given?: string; family?: string; literal?: string }) => a.literal ?? [a.given, a.family].filter(Boolean).join(" ");

test("there are reference pages to check, and every English one was built", () => {
  expect(referencePages.length).toBeGreaterThanOrEqual(17);
  for (const urlPath of referencePages) expect(builtReferencePages).toContain(urlPath);
});

describe.each(builtReferencePages)("%s", (urlPath) => {
  const doc = html(urlPath);
  const root = first(doc, (e) => e.name === "html")!;
  const fallback = root.attribs["data-fallback"] === "true";
  // The URL a citation gives: the page's own, or for a fallback copy (English text at a translated URL) the English page's.
  const canonical = siteUrl + (fallback ? urlPath.replace(/^\/[^/]+\//, "/en/") : urlPath);
  const h1 = text(first(doc, (e) => e.name === "h1")!);
  const lang = root.attribs.lang;

  test("Highwire Press, Dublin Core and Open Graph tags", () => {
    expect(meta(doc, "citation_title")).toBe(h1);
    expect(meta(doc, "citation_author")).toBe("Advocate Field Guide");
    expect(meta(doc, "citation_publisher")).toBe("Advocate Field Guide");
    expect(meta(doc, "citation_publication_date")).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta(doc, "citation_online_date")).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta(doc, "citation_language")).toBe(fallback ? "en" : lang);
    expect(meta(doc, "citation_public_url")).toBe(canonical);
    expect(meta(doc, "DC.title")).toBe(h1);
    expect(meta(doc, "DC.identifier")).toBe(canonical);
    expect(meta(doc, "DC.date")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(metas(doc, "DC.source").length).toBeGreaterThan(0);
    expect(meta(doc, "og:title")).toBe(h1);
    expect(meta(doc, "og:url")).toBe(canonical);
    expect(meta(doc, "og:type")).toBe("article");
  });

  test("schema.org JSON-LD parses: a WebPage based on the page's sources", () => {
    const scripts = elements(doc, (e) => e.name === "script" && e.attribs.type === "application/ld+json");
    expect(scripts).toHaveLength(1);
    const ld = JSON.parse(text(scripts[0]!));
    expect(ld["@context"]).toBe("https://schema.org");
    expect([ld["@type"]].flat()).toContain("WebPage");
    expect(ld.url).toBe(canonical);
    expect(ld.name).toBe(h1);
    const sourcesListed = elements(doc, (e) => e.name === "li" && (e.attribs.id ?? "").startsWith("source-")).length;
    expect(ld.isBasedOn).toHaveLength(sourcesListed);
    for (const source of ld.isBasedOn) expect(source.name).toEqual(expect.any(String));
  });

  test("the cite box: three styles, last changed, and downloads that read back with title, author, date, language and URL", async () => {
    expect(elements(doc, (e) => e.attribs.id === "cite-box")).toHaveLength(1);
    for (const style of ["apa", "mla", "chicago"]) expect(byId(doc, `cite-box-${style}`)).not.toBe("");
    const lastChanged = lastChangedPattern(urlPath.split("/")[1]!);
    expect(elements(doc, (e) => e.name === "a").some((a) => lastChanged.test(text(a)))).toBe(true);
    const year = Number(meta(doc, "citation_publication_date")!.slice(0, 4));

    const date = meta(doc, "citation_publication_date")!.replace(/\//g, "-");
    const language = fallback ? "en" : lang!;

    const { entries } = await parseBibtex(readFileSync(path.join(DIST, urlPath, "cite.bib"), "utf8"));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.type).toBe("online");
    expect(entries[0]!.fields).toMatchObject({ title: h1, url: canonical, date, year: String(year), author: [{ name: "Advocate Field Guide" }] });
    expect(entries[0]!.fields.langid).toMatch(/^[a-z]+$/);
    expect(entries[0]!.fields.urldate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entries[0]!.fields.abstract).toBe(meta(doc, "DC.description"));

    const ris = readFileSync(path.join(DIST, urlPath, "cite.ris"), "utf8");
    for (const line of ris.trimEnd().split("\n")) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- ?/);
    const [fromRis] = parseRis(ris);
    expect(fromRis).toMatchObject({ title: h1, URL: canonical, language, issued: { "date-parts": [date.split("-")] } });
    expect(fromRis!.author!.map(risName)).toEqual(["Advocate Field Guide"]);

    expect(throughCiteproc(readFileSync(path.join(DIST, urlPath, "cite.json"), "utf8"))).toBe([h1, "Advocate Field Guide", date, language, canonical].join("|"));
  });

  test("citation_pdf_url names the PDF of the page itself, which carries its title and language, its title on page 1", () => {
    const pdfUrl = meta(doc, "citation_pdf_url")!;
    const slug = canonical.split("/").filter(Boolean).at(-1);
    expect(pdfUrl).toBe(`${canonical}${slug}.pdf`);
    const file = path.join(DIST, pdfUrl.slice(siteUrl.length));
    expect(existsSync(file), file).toBe(true);
    const dir = fallback ? "ltr" : (root.attribs.dir ?? "ltr");
    // One poppler run: the PDF's metadata as an HTML head, and page 1's text as its body.
    const firstPage = parseHtml(execFileSync("pdftotext", ["-f", "1", "-l", "1", "-htmlmeta", file, "-"], { encoding: "utf8" }));
    expect(text(elements(firstPage, (e) => e.name === "title")[0]!)).toBe(h1);
    expect(elements(firstPage, (e) => e.name === "meta" && e.attribs.name === "Author").map((e) => e.attribs.content)).toEqual(["Advocate Field Guide"]);
    expect(comparable(text(elements(firstPage, (e) => e.name === "body")[0]!), dir)).toContain(comparable(h1, dir));
  });
});

test("every RIS record has an ID of its own", () => {
  const ids = builtReferencePages.filter((p) => elements(html(p), (e) => e.name === "html")[0]!.attribs["data-fallback"] !== "true").map((p) => /^ID {2}- (.+)$/m.exec(readFileSync(path.join(DIST, p, "cite.ris"), "utf8"))?.[1]);
  expect(ids.every(Boolean)).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
});

test("the fixture's Spanish page reads back unchanged through each format's independent parser", async () => {
  const page = "es/victim-contact/tips-for-advocates";
  const url = `https://advocate-field-guide.example/${page}/`;
  const title = "Consejos prácticos para intercesores de contacto con la víctima";
  const { entries } = await parseBibtex(readFileSync(path.join(FIXTURE_DIST, page, "cite.bib"), "utf8"));
  expect(entries[0]!.type).toBe("online");
  expect(entries[0]!.fields).toEqual({
    author: [{ name: "Advocate Field Guide" }],
    title,
    organization: ["Advocate Field Guide"], // a list field in biblatex
    date: "2026-11-23",
    year: "2026",
    month: "11",
    url,
    urldate: "2026-11-23",
    langid: "spanish",
    abstract: "Consejos prácticos para intercesores y enlaces que llaman a víctimas sobre un programa de intervención para parejas agresoras.",
  });
  const [ris] = parseRis(readFileSync(path.join(FIXTURE_DIST, page, "cite.ris"), "utf8"));
  expect(ris).toMatchObject({ type: "webpage", title, URL: url, language: "es", issued: { "date-parts": [["2026", "11", "23"]] } });
  expect(ris!.author!.map(risName)).toEqual(["Advocate Field Guide"]);
  expect(ris!.id).toMatch(/^afg-vc-advo-[0-9a-f]{8}$/);
  expect(throughCiteproc(readFileSync(path.join(FIXTURE_DIST, page, "cite.json"), "utf8"))).toBe(`${title}|Advocate Field Guide|2026-11-23|es|${url}`);
});

test("the fixture page shows the expected APA 7, MLA 9 and Chicago citations", () => {
  const doc = fixture("/en/victim-contact/tips-for-advocates/");
  expect(byId(doc, "cite-box-apa")).toBe("Advocate Field Guide. (2026, November 23). Practice tips for victim contact advocates. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/");
  expect(byId(doc, "cite-box-mla")).toBe("“Practice Tips for Victim Contact Advocates.” Advocate Field Guide, 23 Nov. 2026, advocate-field-guide.example/en/victim-contact/tips-for-advocates/.");
  expect(byId(doc, "cite-box-chicago")).toBe("Advocate Field Guide. 2026. “Practice Tips for Victim Contact Advocates.” Advocate Field Guide. November 23, 2026. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/.");
  expect(byId(doc, "cite-box-source-victim-contact-apip")).toBe("Victim Contact in Abusive Partner Intervention: The Importance of Collaboration. (n.d.). [publisher not stated].");
  expect(meta(doc, "citation_technical_report_institution")).toBeUndefined();
});

test("the policy brief: cited as a report, the box open, its own PDF cited and its handout's linked", () => {
  const doc = fixture("/en/policy/cross-systems-collaboration/");
  expect(meta(doc, "citation_technical_report_institution")).toBe("Advocate Field Guide");
  // The PDF cited is the page's own; the summary handout stays a printable, linked from the box.
  expect(meta(doc, "citation_pdf_url")).toBe("https://advocate-field-guide.example/en/policy/cross-systems-collaboration/cross-systems-collaboration.pdf");
  const box = first(doc, (e) => e.attribs.id === "cite-box")!;
  expect([box.name, box.attribs.class, "open" in box.attribs]).toEqual(["details", "cite-box cite-box--report", true]);
  // The print stage turns data-print-file into href once the PDF exists; a build without it links the print page.
  expect(links(doc, "/en/print/policy-brief-handout.pdf").length).toBeGreaterThan(0);
  expect(links(doc, "/en/print/policy-brief-handout/").length).toBeGreaterThan(0);
  expect(JSON.parse(text(first(doc, (e) => e.name === "script" && e.attribs.type === "application/ld+json")!))["@type"]).toEqual(["WebPage", "Report"]);
  expect(byId(doc, "cite-box-source-cross-systems-brief")).toContain("[publisher not stated; ctccfv.org (Connecticut)]");
  expect(links(doc, "/en/policy/cross-systems-collaboration/cross-systems-collaboration.pdf").length).toBe(1);
  const [ris] = parseRis(readFileSync(path.join(FIXTURE_DIST, "en/policy/cross-systems-collaboration/cite.ris"), "utf8"));
  expect(ris).toMatchObject({ type: "report", publisher: "Advocate Field Guide" });
});

test("the changelog page lists the dated entries that pages link to", () => {
  const doc = fixture("/en/changelog/");
  expect(first(doc, (e) => e.name === "li" && e.attribs.id === "change-2026-11-23")).toBeDefined();
  expect(elements(doc, (e) => e.name === "time" && e.attribs.datetime === "2026-11-23").map(text)).toContain("November 23, 2026");
  expect(links(fixture("/en/victim-contact/tips-for-advocates/"), "/en/changelog/#change-2026-11-23").map(text)).toEqual(["Last changed November 23, 2026"]);
});

test("pages that are not reference pages carry no citation tags", () => {
  for (const urlPath of ["/en/", "/en/search/", "/en/changelog/"]) expect(metas(html(urlPath), "citation_title")).toEqual([]);
  expect(existsSync(path.join(DIST, "en/print/policy-brief-handout/cite.bib"))).toBe(false);
});
