import { expect, test } from "vitest";
import { robotsTxt, sitemapEntry, sitemapXml } from "../../scripts/sitemap.ts";

const head = (inner: string) => `<!doctype html><html><head>${inner}</head><body><link rel="canonical" href="https://x.org/not-in-head/"></body></html>`;

test("a page's entry: its hreflang alternates and its last change, from its head", () => {
  const html = head('<link rel="canonical" href="https://x.org/en/a/"><link rel="alternate" hreflang="es" href="https://x.org/es/a/"><link rel="alternate" hreflang="x-default" href="https://x.org/en/a/"><meta property="article:modified_time" content="2026-12-01">');
  expect(sitemapEntry(html, "https://x.org/en/a/")).toEqual({
    url: "https://x.org/en/a/",
    lastmod: "2026-12-01",
    alternates: [
      { hreflang: "es", href: "https://x.org/es/a/" },
      { hreflang: "x-default", href: "https://x.org/en/a/" },
    ],
  });
});

test("no entry for a page that says noindex, or whose canonical URL is another page's", () => {
  expect(sitemapEntry(head('<meta name="robots" content="noindex">'), "https://x.org/404.html")).toBeUndefined();
  expect(sitemapEntry(head('<link rel="canonical" href="https://x.org/en/a/">'), "https://x.org/es/a/")).toBeUndefined();
  expect(sitemapEntry(head(""), "https://x.org/")).toEqual({ url: "https://x.org/", alternates: [] });
});

test("the sitemap escapes what XML must, and robots.txt names it", () => {
  const xml = sitemapXml([{ url: "https://x.org/a?b=1&c=2", alternates: [{ hreflang: "en", href: "https://x.org/a?b=1&c=2" }] }]);
  expect(xml).toContain("<loc>https://x.org/a?b=1&amp;c=2</loc>");
  expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://x.org/a?b=1&amp;c=2"/>');
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">')).toBe(true);
  expect(robotsTxt("https://x.org")).toBe("User-agent: *\nDisallow: /pagefind/\n\nSitemap: https://x.org/sitemap.xml\n");
});
