// The citation kit in the built site (dist/, built by `npm test` before the tests): machine-readable tags on
// every reference page, the cite box with its three styles, and the BibTeX, RIS and CSL-JSON beside each page.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { describe, expect, test } from "vitest";
import { CONTENT, DIST, FIXTURE_DIST } from "../helpers/paths.ts";

const siteUrl = (process.env.SITE_URL ?? (JSON.parse(readFileSync(path.join(CONTENT, "_data", "site.json"), "utf8")) as { url: string }).url).replace(/\/$/, "");

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, "&");
const text = (html: string) => decode(html.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
const html = (urlPath: string, root = DIST) => readFileSync(path.join(root, urlPath, "index.html"), "utf8");
/** A page of the frozen fixture site, for exact strings an editor's edit to content/ must not break. */
const fixture = (urlPath: string) => html(urlPath, FIXTURE_DIST);
/** Every value of <meta name|property="…" content="…"> (our own output: always double-quoted, in this order). */
const metas = (doc: string, name: string) =>
  [...doc.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)">/g)].filter((m) => m[1] === name).map((m) => decode(m[2]!));
const meta = (doc: string, name: string) => metas(doc, name)[0];
/** "Last changed {date}" in the page's language, as a pattern for the rendered line. */
const lastChangedPattern = (code: string) => {
  const template = (JSON.parse(readFileSync(path.join(CONTENT, "_data", "i18n", `${code}.json`), "utf8")) as Record<string, string>)["page.lastChanged"]!;
  return new RegExp(template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace("{date}", "[^<]*\\d{4}[^<]*"));
};
const byId = (doc: string, id: string) => text(new RegExp(`<[a-z0-9]+ [^>]*id="${id}"[^>]*>([\\s\\S]*?)</(?:p|h1|dt)>`).exec(doc)?.[1] ?? "");

/** The reference pages the content promises: every English Markdown page but printables and the home page. */
const referencePages = readdirSync(path.join(CONTENT, "en"), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".md") && !f.startsWith("print") && f !== "index.md")
  .map((f) => `/en/${f.replace(/\.md$/, "")}/`)
  .sort();
/** …and every other page built at /<code>/<section>/<page>/ (translations, fallback copies). */
const builtReferencePages = readdirSync(DIST, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("index.html") && f.split(path.sep).length === 4 && !f.split(path.sep).includes("print") && !f.startsWith("pagefind"))
  .map((f) => `/${f.split(path.sep).slice(0, 3).join("/")}/`)
  .sort();

test("there are reference pages to check, and every English one was built", () => {
  expect(referencePages.length).toBeGreaterThanOrEqual(17);
  for (const urlPath of referencePages) expect(builtReferencePages).toContain(urlPath);
});

describe.each(builtReferencePages)("%s", (urlPath) => {
  const doc = html(urlPath);
  // The URL a citation gives: the page's own, or for a fallback copy (English text at a translated URL) the English page's.
  const canonical = siteUrl + (doc.includes('data-fallback="true"') ? urlPath.replace(/^\/[^/]+\//, "/en/") : urlPath);
  const h1 = text(/<h1>([\s\S]*?)<\/h1>/.exec(doc)?.[1] ?? "");
  const lang = /<html lang="([^"]+)"/.exec(doc)?.[1];

  test("Highwire Press, Dublin Core and Open Graph tags", () => {
    expect(meta(doc, "citation_title")).toBe(h1);
    expect(meta(doc, "citation_author")).toBe("Advocate Field Guide");
    expect(meta(doc, "citation_publisher")).toBe("Advocate Field Guide");
    expect(meta(doc, "citation_publication_date")).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta(doc, "citation_online_date")).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta(doc, "citation_language")).toBe(doc.includes('data-fallback="true"') ? "en" : lang);
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
    const scripts = [...doc.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const ld = JSON.parse(scripts[0]![1]!);
    expect(ld["@context"]).toBe("https://schema.org");
    expect([ld["@type"]].flat()).toContain("WebPage");
    expect(ld.url).toBe(canonical);
    expect(ld.name).toBe(h1);
    const sourcesListed = [...doc.matchAll(/<li id="source-[^"]+">/g)].length;
    expect(ld.isBasedOn).toHaveLength(sourcesListed);
    for (const source of ld.isBasedOn) expect(source.name).toEqual(expect.any(String));
  });

  test("the cite box: three styles, last changed, and downloads that parse with title, date and URL", () => {
    expect(doc).toContain('id="cite-box"');
    for (const style of ["apa", "mla", "chicago"]) expect(byId(doc, `cite-box-${style}`)).not.toBe("");
    expect(doc).toMatch(lastChangedPattern(urlPath.split("/")[1]!));
    const year = Number(meta(doc, "citation_publication_date")!.slice(0, 4));

    const bib = readFileSync(path.join(DIST, urlPath, "cite.bib"), "utf8");
    const [fromBib] = new Cite(bib).data as { title: string; URL: string; issued: { "date-parts": number[][] } }[];
    expect(fromBib).toMatchObject({ title: h1, URL: canonical });
    expect(fromBib!.issued["date-parts"][0]![0]).toBe(year);

    const ris = readFileSync(path.join(DIST, urlPath, "cite.ris"), "utf8");
    for (const line of ris.trimEnd().split("\n")) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- ?/);
    const [fromRis] = new Cite(ris).data as { title: string; URL: string; issued: { "date-parts": number[][] } }[];
    expect(fromRis).toMatchObject({ title: h1, URL: canonical });
    expect(fromRis!.issued["date-parts"][0]![0]).toBe(year);

    const [fromJson] = JSON.parse(readFileSync(path.join(DIST, urlPath, "cite.json"), "utf8")) as { title: string; URL: string; issued: { "date-parts": number[][] } }[];
    expect(fromJson).toMatchObject({ title: h1, URL: canonical });
    expect(fromJson!.issued["date-parts"][0]![0]).toBe(year);
  });
});

test("the fixture page shows the expected APA 7, MLA 9 and Chicago citations", () => {
  const doc = fixture("/en/victim-contact/tips-for-advocates/");
  expect(byId(doc, "cite-box-apa")).toBe("Advocate Field Guide. (2026, November 23). Practice tips for victim contact advocates. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/");
  expect(byId(doc, "cite-box-mla")).toBe("“Practice Tips for Victim Contact Advocates.” Advocate Field Guide, 23 Nov. 2026, advocate-field-guide.example/en/victim-contact/tips-for-advocates/.");
  expect(byId(doc, "cite-box-chicago")).toBe("Advocate Field Guide. 2026. “Practice Tips for Victim Contact Advocates.” Advocate Field Guide. November 23, 2026. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/.");
  expect(byId(doc, "cite-box-source-victim-contact-apip")).toBe("Victim Contact in Abusive Partner Intervention: The Importance of Collaboration. (n.d.). [publisher not stated].");
  expect(meta(doc, "citation_technical_report_institution")).toBeUndefined();
});

test("the policy brief: cited as a report, the box open, its handout PDF linked and tagged", () => {
  const doc = fixture("/en/policy/cross-systems-collaboration/");
  expect(meta(doc, "citation_technical_report_institution")).toBe("Advocate Field Guide");
  expect(meta(doc, "citation_pdf_url")).toBe("https://advocate-field-guide.example/en/print/policy-brief-handout.pdf");
  expect(doc).toMatch(/<details class="cite-box cite-box--report" id="cite-box"[^>]* open>/);
  // The print stage turns data-print-file into href once the PDF exists; a build without it links the print page.
  expect(doc).toMatch(/<a (?:href|data-print-file)="\/en\/print\/policy-brief-handout\.pdf">/);
  expect(doc).toContain('<a href="/en/print/policy-brief-handout/">');
  expect(JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(doc)![1]!)["@type"]).toEqual(["WebPage", "Report"]);
  expect(byId(doc, "cite-box-source-cross-systems-brief")).toContain("[publisher not stated; ctccfv.org (Connecticut)]");
  const [bib] = new Cite(readFileSync(path.join(FIXTURE_DIST, "en/policy/cross-systems-collaboration/cite.bib"), "utf8")).data as { type: string; publisher: string }[];
  expect(bib).toMatchObject({ type: "report", publisher: "Advocate Field Guide" });
});

test("the changelog page lists the dated entries that pages link to", () => {
  const doc = fixture("/en/changelog/");
  expect(doc).toContain('<li id="change-2026-11-23">');
  expect(doc).toContain('<time datetime="2026-11-23">November 23, 2026</time>');
  expect(fixture("/en/victim-contact/tips-for-advocates/")).toContain('<a href="/en/changelog/#change-2026-11-23">Last changed November 23, 2026</a>');
});

test("pages that are not reference pages carry no citation tags", () => {
  for (const urlPath of ["/en/", "/en/search/", "/en/changelog/"]) expect(html(urlPath)).not.toContain("citation_title");
  expect(existsSync(path.join(DIST, "en/print/policy-brief-handout/cite.bib"))).toBe(false);
});
