// Where each language's page heading starts on a phone (375 × 667), and whether anything is wider than a 320 px screen:
//   npx tsx scripts/dev/heading-offset.ts [dist] [/victim-contact/tips-for-advocates/ …]
// With no paths: the home, print catalogue and search pages, and the first reference page and printable in content/.
import path from "node:path";
import { launchBrowser } from "../browser.ts";
import { loadLocales, publishedLocales } from "../eleventy/i18n/locales.ts";
import { serveStatic } from "../static-server.ts";
import { firstSourcePages } from "./source-pages.ts";

const [root = "dist", ...paths] = process.argv.slice(2);
const locales = publishedLocales(loadLocales(path.join("content", "_data")));
const { reference, printable } = firstSourcePages("content");
const defaults = ["/", "/print/", "/search/", ...[reference, printable].flatMap((p) => (p ? [p.urlPath] : []))];
const server = await serveStatic(root);
const browser = await launchBrowser();
const page = await browser.newPage();
for (const urlPath of paths.length ? paths : defaults) {
  const row: string[] = [];
  for (const { code } of locales) {
    await page.setViewport({ width: 375, height: 667, isMobile: true, hasTouch: true });
    await page.goto(`${server.url}/${code}${urlPath}`, { waitUntil: "load" });
    const top = await page.$eval("h1", (h) => Math.round(h.getBoundingClientRect().top));
    await page.setViewport({ width: 320, height: 640, isMobile: true, hasTouch: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    row.push(`${code} ${top}px${wide ? " (overflows 320)" : ""}`);
  }
  console.log(`${urlPath.padEnd(40)} ${row.join("  ")}`);
}
await browser.close();
await server.close();
