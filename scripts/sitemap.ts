// Build stage: /sitemap.xml and /robots.txt, read from what the built pages say about themselves
// (their canonical link, hreflang alternates, robots meta and modification date), so the sitemap
// lists exactly the pages search engines should index, each with its language versions and x-default.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadSiteConfig } from "./eleventy/site-data.ts";
import { elements } from "./html/parse.ts";
import type { Stage } from "./stage.ts";

export interface SitemapEntry {
  url: string;
  /** YYYY-MM-DD, when the page says when it last changed. */
  lastmod?: string;
  alternates: { hreflang: string; href: string }[];
}

/**
 * The sitemap entry of a built page at `url` (absolute), or undefined when it is not to be indexed:
 * it says noindex, or its canonical URL is another page's (an English fallback copy).
 *
 * @example
 * sitemapEntry('<link rel="canonical" href="https://x.org/en/a/"><link rel="alternate" hreflang="es" href="https://x.org/es/a/">', "https://x.org/en/a/")
 * // → { url: "https://x.org/en/a/", alternates: [{ hreflang: "es", href: "https://x.org/es/a/" }] }
 */
export function sitemapEntry(html: string, url: string): SitemapEntry | undefined {
  const head = elements(html.slice(0, html.indexOf("</head>") + 7), (e) => e.name === "link" || e.name === "meta");
  const meta = (name: string) => head.find((e) => e.name === "meta" && (e.attribs.name === name || e.attribs.property === name))?.attribs.content;
  if (/noindex/.test(meta("robots") ?? "")) return undefined;
  const canonical = head.find((e) => e.name === "link" && e.attribs.rel === "canonical")?.attribs.href;
  if (canonical && canonical !== url) return undefined;
  const alternates = head.filter((e) => e.name === "link" && e.attribs.rel === "alternate" && e.attribs.hreflang).map((e) => ({ hreflang: e.attribs.hreflang!, href: e.attribs.href! }));
  const lastmod = meta("article:modified_time");
  return { url, ...(lastmod ? { lastmod } : {}), alternates };
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A sitemap (sitemaps.org 0.9) with each page's language versions as xhtml:link alternates.
 *
 * @example
 * sitemapXml([{ url: "https://x.org/en/", alternates: [{ hreflang: "x-default", href: "https://x.org/en/" }] }])
 * // → '<?xml version="1.0" encoding="UTF-8"?>\n<urlset …>\n  <url>\n    <loc>https://x.org/en/</loc>\n    <xhtml:link rel="alternate" hreflang="x-default" href="https://x.org/en/"/>\n  </url>\n</urlset>\n'
 */
export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map((e) =>
    [
      "  <url>",
      `    <loc>${xml(e.url)}</loc>`,
      ...(e.lastmod ? [`    <lastmod>${e.lastmod}</lastmod>`] : []),
      ...e.alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${xml(a.hreflang)}" href="${xml(a.href)}"/>`),
      "  </url>",
    ].join("\n"),
  );
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">', ...urls, "</urlset>", ""].join("\n");
}

/**
 * robots.txt: every page may be crawled (print previews and the 404 page say noindex themselves, which a
 * crawler must be let in to read), the search index is not pages; and where the sitemap is.
 *
 * @example
 * robotsTxt("https://x.org") // → "User-agent: *\nDisallow: /pagefind/\n\nSitemap: https://x.org/sitemap.xml\n"
 */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nDisallow: /pagefind/\n\nSitemap: ${siteUrl}/sitemap.xml\n`;
}

export const sitemapStage: Stage = {
  name: "sitemap",
  async run(ctx) {
    const siteUrl = loadSiteConfig(path.join(ctx.options.content, "_data")).site.url;
    const entries = readdirSync(ctx.staging, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"))
      .map((f) => `/${f.split(path.sep).join("/")}`)
      .sort()
      .flatMap((f) => sitemapEntry(readFileSync(path.join(ctx.staging, f), "utf8"), siteUrl + f.replace(/index\.html$/, "")) ?? []);
    writeFileSync(path.join(ctx.staging, "sitemap.xml"), sitemapXml(entries));
    writeFileSync(path.join(ctx.staging, "robots.txt"), robotsTxt(siteUrl));
    ctx.log(`  sitemap: ${entries.length} pages`);
  },
};
