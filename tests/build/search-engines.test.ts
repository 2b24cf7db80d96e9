// Search engines and sharing: a meta description of its own on every page, og:locale and its
// alternates, the sitemap with hreflang alternates and x-default, robots.txt, noindex on the 404
// page and print previews, and no build internals in the published folder. Exact strings on the
// frozen fixture site (.fixture-dist), invariants on the real site (dist/); built files parsed, no browser.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseDocument } from "htmlparser2";
import { elements, parseHtml, text, type Document } from "../../scripts/html/parse.ts";
import { buildFolder } from "../../scripts/stage.ts";
import { CONTENT, DIST, FIXTURE_DIST } from "../helpers/paths.ts";

const read = (root: string, urlPath: string) => parseHtml(readFileSync(path.join(root, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath), "utf8"));
const metas = (doc: Document, name: string) => elements(doc, (e) => e.name === "meta" && (e.attribs.name === name || e.attribs.property === name)).map((e) => e.attribs.content ?? "");
const links = (doc: Document, rel: string) => elements(doc, (e) => e.name === "link" && e.attribs.rel === rel).map((e) => ({ hreflang: e.attribs.hreflang, href: e.attribs.href }));
/** Every <url> of a sitemap (read as XML): its loc and its alternates, as hreflang → href. */
const sitemap = (root: string) =>
  elements(parseDocument(readFileSync(path.join(root, "sitemap.xml"), "utf8"), { xmlMode: true }), (e) => e.name === "url").map((url) => ({
    loc: text(elements(url as unknown as Document, (e) => e.name === "loc")[0]!),
    alternates: Object.fromEntries(elements(url as unknown as Document, (e) => e.name === "xhtml:link").map((e) => [e.attribs.hreflang, e.attribs.href])),
  }));

describe("the fixture site: exact tags, sitemap and robots.txt", () => {
  const base = "https://advocate-field-guide.example";

  test("the Arabic tips page: its description, og:locale and the other languages' locales", () => {
    const doc = read(FIXTURE_DIST, "/ar/victim-contact/tips-for-advocates/");
    expect(metas(doc, "description")).toEqual(["نصائح عملية للمناصرين ومسؤولي الاتصال الذين يتصلون بالضحايا بشأن برنامج التدخل مع الشريك المسيء."]);
    expect(metas(doc, "og:locale")).toEqual(["ar_EG"]);
    expect(metas(doc, "og:locale:alternate")).toEqual(["en_US", "es_ES"]);
    expect(metas(doc, "og:type")).toEqual(["article"]);
    expect(metas(doc, "robots")).toEqual([]);
  });

  test("generated pages describe themselves in their language; the 404 page and print previews are noindex", () => {
    expect(metas(read(FIXTURE_DIST, "/es/search/"), "description")).toEqual(["Busque en todas las páginas, tarjetas de bolsillo y folletos de esta guía, y filtre los resultados por sección, público y tipo."]);
    expect(metas(read(FIXTURE_DIST, "/en/print/packet-policy/"), "description")).toEqual(["Training packet for Policy: a cover, a contents page and every handout of the section in one PDF."]);
    expect(metas(read(FIXTURE_DIST, "/"), "description")).toEqual(["Practice tips, pocket cards and handouts for people who work with families in contact after domestic violence. Choose your language."]);
    for (const urlPath of ["/404.html", "/en/print/partnering-card/", "/ar/print/packet-policy/"]) expect(metas(read(FIXTURE_DIST, urlPath), "robots"), urlPath).toEqual(["noindex"]);
  });

  test("the sitemap: the tips page with every language, x-default and its last change; no 404, no print preview", () => {
    const urls = sitemap(FIXTURE_DIST);
    expect(urls.find((u) => u.loc === `${base}/en/victim-contact/tips-for-advocates/`)!.alternates).toEqual({
      en: `${base}/en/victim-contact/tips-for-advocates/`,
      es: `${base}/es/victim-contact/tips-for-advocates/`,
      ar: `${base}/ar/victim-contact/tips-for-advocates/`,
      "x-default": `${base}/en/victim-contact/tips-for-advocates/`,
    });
    expect(readFileSync(path.join(FIXTURE_DIST, "sitemap.xml"), "utf8")).toContain(`<loc>${base}/en/victim-contact/tips-for-advocates/</loc>\n    <lastmod>2026-11-23</lastmod>`);
    const locs = urls.map((u) => u.loc);
    expect(locs).toContain(`${base}/`);
    expect(locs).toContain(`${base}/ar/search/`);
    expect(locs.filter((l) => /\/print\/[^/]+\/$|404/.test(l))).toEqual([]);
  });

  test("robots.txt points at the sitemap", () => {
    expect(readFileSync(path.join(FIXTURE_DIST, "robots.txt"), "utf8")).toBe(`User-agent: *\nDisallow: /pagefind/\n\nSitemap: ${base}/sitemap.xml\n`);
  });
});

describe("the real site: invariants", () => {
  const siteUrl = (process.env.SITE_URL ?? (JSON.parse(readFileSync(path.join(CONTENT, "_data", "site.json"), "utf8")) as { url: string }).url).replace(/\/$/, "");
  const pages = readdirSync(DIST, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"))
    .map((f) => `/${f.split(path.sep).join("/")}`.replace(/index\.html$/, ""))
    .sort();
  const docs = new Map(pages.map((p) => [p, read(DIST, p)]));
  const isFallback = (doc: Document) => elements(doc, (e) => e.name === "html")[0]!.attribs["data-fallback"] === "true";

  test("every page has one meta description, its own within its language", () => {
    const seen = new Map<string, string>();
    for (const [urlPath, doc] of docs) {
      const [description, ...more] = metas(doc, "description");
      expect(description?.trim(), urlPath).toBeTruthy();
      expect(more, urlPath).toEqual([]);
      if (isFallback(doc)) continue;
      const key = `${urlPath.split("/")[1]} ${description}`;
      expect(seen.get(key), `${urlPath} repeats the description of ${seen.get(key)}`).toBeUndefined();
      seen.set(key, urlPath);
    }
  });

  test("every web page's title names it before the site's name (a browser tab, history, a screen reader on arrival); the home pages are the site's", () => {
    const isHome = (urlPath: string) => urlPath === "/" || /^\/[^/]+\/$/.test(urlPath);
    // A print preview's title is the printable's own: it becomes its PDF's title.
    const isPrintPreview = (urlPath: string) => /^\/[^/]+\/print\/.+\/$/.test(urlPath);
    for (const [urlPath, doc] of docs) {
      const title = text(elements(doc, (e) => e.name === "title")[0]!);
      if (isPrintPreview(urlPath)) expect(title, urlPath).toBeTruthy();
      else if (isHome(urlPath)) expect(title, urlPath).not.toContain(" · ");
      else expect(title, urlPath).toMatch(/^\S.* · \S/);
    }
  });

  test("og:locale on every page; each alternate is another language the page has, as hreflang says", () => {
    for (const [urlPath, doc] of docs) {
      expect(metas(doc, "og:locale"), urlPath).toHaveLength(1);
      const versions = links(doc, "alternate").filter((l) => l.hreflang && l.hreflang !== "x-default");
      const alternates = metas(doc, "og:locale:alternate");
      expect(alternates.length, urlPath).toBe(Math.max(0, versions.length - (isFallback(doc) ? 0 : 1)));
      expect(new Set(alternates).size, urlPath).toBe(alternates.length);
      expect(alternates, urlPath).not.toContain(metas(doc, "og:locale")[0]);
    }
  });

  test("the sitemap lists every page to index, each its own canonical URL, with its languages and x-default", () => {
    const urls = sitemap(DIST);
    const listed = new Set(urls.map((u) => u.loc));
    for (const [urlPath, doc] of docs) {
      const noindex = metas(doc, "robots").includes("noindex");
      const canonical = links(doc, "canonical")[0]?.href;
      const indexable = !noindex && (!canonical || canonical === siteUrl + urlPath);
      expect(listed.has(siteUrl + urlPath), urlPath).toBe(indexable);
    }
    for (const url of urls.filter((u) => Object.keys(u.alternates).length)) {
      expect(url.alternates["x-default"], url.loc).toBeDefined();
      expect(Object.values(url.alternates), url.loc).toContain(url.loc);
    }
    expect(readFileSync(path.join(DIST, "robots.txt"), "utf8")).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
  });

  test("print previews and the 404 page are noindex", () => {
    for (const urlPath of pages.filter((p) => /^\/[^/]+\/print\/[^/]+\/$/.test(p) || p === "/404.html")) expect(metas(docs.get(urlPath)!, "robots"), urlPath).toEqual(["noindex"]);
  });

  test("no build internals in the published folder: they are in the build folder beside it", () => {
    for (const file of ["print-manifest.json", "search-records.json", "external-links.txt", "nginx.conf"]) {
      expect(existsSync(path.join(DIST, file)), `dist/${file}`).toBe(false);
      expect(existsSync(path.join(buildFolder(DIST), file)), `dist-build/${file}`).toBe(true);
    }
    const top = readdirSync(DIST).filter((f) => !/^(index\.html|404\.html|_headers|sitemap\.xml|robots\.txt)$/.test(f));
    expect(top.filter((f) => !/^(assets|pagefind)$/.test(f) && !existsSync(path.join(CONTENT, f)))).toEqual([]);
  });
});
