// Search, per built language: the compressed bytes a first-time visitor fetches to open the search
// page and get a first result list, and how long that takes, in Chromium against dist/. Responses
// are gzipped one by one here (the static server does not compress; Pagefind's own files already are).
// The query for each language is the first one in its e2e list (tests/e2e/search-queries/<code>.json).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { PredefinedNetworkConditions, type Browser } from "puppeteer";
import { launchBrowser } from "../browser.ts";
import { loadLocales, publishedLocales } from "../eleventy/i18n/locales.ts";
import { serveStatic } from "../static-server.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TARGET_KB = 100;

/** What loading search costs: the search page's own script and Pagefind (JS, WebAssembly, index, fragments). */
const isSearchFile = (url: string) => /\/pagefind\/|\/assets\/js\/search-[^/]*\.js$/.test(new URL(url).pathname);

interface Visit {
  searchGz: number;
  pageGz: number;
  requests: number;
  /** ms from navigation start to the first results on screen. */
  firstResults: number;
  /** ms from submitting a second query to its results (everything loaded, new index chunks aside). */
  nextQuery: number;
}

async function visit(browser: Browser, url: string, nextQuery: string, slow: boolean): Promise<Visit> {
  const context = await browser.createBrowserContext(); // a first visit: empty cache
  const page = await context.newPage();
  if (slow) await page.emulateNetworkConditions(PredefinedNetworkConditions["Fast 3G"]);
  const sizes: Promise<{ search: boolean; gz: number }>[] = [];
  page.on("response", (response) => {
    sizes.push(response.buffer().then((body) => ({ search: isSearchFile(response.url()), gz: gzipSync(body).length }), () => ({ search: false, gz: 0 })));
  });
  await page.goto(url);
  await page.waitForSelector("[data-search-ui][data-search-done]", { timeout: 60_000 });
  const firstResults = await page.evaluate(() => performance.now());
  const loaded = await Promise.all(sizes);
  const nextMs = await page.evaluate(async (query) => {
    const ui = document.querySelector("[data-search-ui]")!;
    const input = ui.querySelector<HTMLInputElement>("[data-search-input]")!;
    const started = performance.now();
    input.value = query;
    ui.querySelector("form")!.requestSubmit();
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => ui.hasAttribute("data-search-done") && (observer.disconnect(), resolve()));
      observer.observe(ui, { attributes: true });
    });
    return performance.now() - started;
  }, nextQuery);
  await context.close();
  const sum = (search: boolean) => loaded.filter((s) => s.search === search).reduce((n, s) => n + s.gz, 0);
  return { searchGz: sum(true), pageGz: sum(false), requests: loaded.length, firstResults, nextQuery: nextMs };
}

export async function run(): Promise<string> {
  const dist = path.join(root, "dist");
  if (!existsSync(path.join(dist, "pagefind"))) throw new Error("Build the site with search first (npm run build)");
  const locales = publishedLocales(loadLocales(path.join(root, "content", "_data"))).filter((l) => existsSync(path.join(dist, l.code, "search")));
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const rows: string[] = [];
  const notes: string[] = [];
  try {
    for (const { code } of locales) {
      const file = path.join(root, "tests", "e2e", "search-queries", `${code}.json`);
      if (!existsSync(file)) {
        notes.push(`- ${code}: no test queries yet (tests/e2e/search-queries/${code}.json), not measured.`);
        continue;
      }
      const queries = (JSON.parse(readFileSync(file, "utf8")) as { queries: { query: string }[] }).queries.map((q) => q.query);
      const url = `${server.url}/${code}/search/?q=${encodeURIComponent(queries[0]!)}`;
      const local = await visit(browser, url, queries[1]!, false);
      const slow = await visit(browser, url, queries[1]!, true);
      rows.push(
        `| ${code} | ${queries[0]} | ${kb(local.searchGz)} | ${kb(local.pageGz)} | ${kb(local.searchGz + local.pageGz)} | ${local.requests} | ${Math.round(local.firstResults)} | ${Math.round(slow.firstResults)} | ${Math.round(local.nextQuery)} |`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    "## Search: first visit to the search page with a query",
    "",
    `Goal: search (Pagefind JS, WebAssembly, index, fragments, the search page's script) ≤ ${TARGET_KB} KB compressed. "Page" is the rest of the visit (HTML, CSS, fonts, site.js), the same on every page. Times from navigation start to the first results on screen, on 127.0.0.1 and with Chromium's "Fast 3G" throttling; the next query is submitted on the loaded page.`,
    "",
    "| lang | query | search gzip (KB) | page gzip (KB) | total gzip (KB) | requests | first results (ms) | … on Fast 3G (ms) | next query (ms) |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    ...(notes.length ? ["", ...notes] : []),
    "",
  ].join("\n");
}
