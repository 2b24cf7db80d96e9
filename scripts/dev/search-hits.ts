// The hit rate of the search test queries (tests/e2e/search-queries/<code>.json): how many find their
// page in the first three results, in real Chromium against a built site:
//   npx tsx scripts/dev/search-hits.ts [dist] [code …]
import { readFileSync } from "node:fs";
import path from "node:path";
import { launchBrowser } from "../browser.ts";
import { loadLocales, publishedLocales } from "../eleventy/i18n/locales.ts";
import { serveStatic } from "../static-server.ts";

const [root = "dist", ...codes] = process.argv.slice(2);
const locales = publishedLocales(loadLocales(path.join("content", "_data"))).filter((l) => !codes.length || codes.includes(l.code));
const server = await serveStatic(root);
const browser = await launchBrowser();
const page = await browser.newPage();
let hits = 0;
let total = 0;
for (const { code } of locales) {
  const file = path.join("tests", "e2e", "search-queries", `${code}.json`);
  const { queries } = JSON.parse(readFileSync(file, "utf8")) as { queries: { query: string; expect: string }[] };
  let found = 0;
  for (const { query, expect } of queries) {
    await page.goto(`${server.url}/${code}/search/?${new URLSearchParams({ q: query })}`);
    await page.waitForSelector("[data-search-ui][data-search-done]", { timeout: 20_000 });
    const top = await page.$$eval(".search-result__title a", (as) => as.slice(0, 3).map((a) => a.getAttribute("href")!.split("?")[0]!));
    const hit = top.includes(expect);
    if (hit) found++;
    else console.log(`  miss ${code} "${query}": expected ${expect}, got ${top.join(", ") || "nothing"}`);
  }
  console.log(`${code}: ${found}/${queries.length} in the top three`);
  hits += found;
  total += queries.length;
}
console.log(`all: ${hits}/${total} (${Math.round((100 * hits) / total)}%)`);
await browser.close();
await server.close();
