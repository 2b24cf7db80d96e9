// Search in real Chromium against the built site, served with the site's CSP as a header (so
// Pagefind's worker and WebAssembly run under it too). Every built language is tested with its
// own queries (tests/e2e/search-queries/<code>.json): a language added to the site without them fails.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { contentSecurityPolicy } from "../../scripts/eleventy/security.ts";
import { loadLocales, publishedLocales } from "../../scripts/eleventy/i18n/locales.ts";
import { elements, text, type Element } from "../../scripts/html/parse.ts";
import { openSite, reusableTab, watchPage, type OpenSite } from "../helpers/site-browser.ts";
import { CONTENT, DIST } from "../helpers/paths.ts";

interface QueryFile {
  /** Real queries, each with the page that must be among the first three results. */
  queries: { query: string; expect: string }[];
  /** A query and filter values (the search page's ?section=, ?audience=, ?type=) that must narrow its results. */
  filter: { query: string; params: Record<string, string> };
}

const locales = publishedLocales(loadLocales(path.join(CONTENT, "_data"))).filter((l) => existsSync(path.join(DIST, l.code, "search", "index.html")));
const dictionary = (code: string) => JSON.parse(readFileSync(path.join(CONTENT, "_data", "i18n", `${code}.json`), "utf8")) as Record<string, string>;
const queriesFor = (code: string): QueryFile => JSON.parse(readFileSync(path.join(import.meta.dirname, "search-queries", `${code}.json`), "utf8")) as QueryFile;

let site: OpenSite;
const watches: Awaited<ReturnType<typeof watchPage>>[] = [];
let reader: ReturnType<typeof reusableTab>;

beforeAll(async () => {
  site = await openSite(DIST, { headers: { "content-security-policy": contentSecurityPolicy({ forMeta: false }) } });
  reader = reusableTab(site, async (page) => void watches.push(await watchPage(page, site.server.url)));
});
afterAll(async () => site?.close());

/** The file's watched tab (requests off 127.0.0.1 fail, CSP violations and console errors are recorded). */
const tab = (javascript = true): Promise<Page> => reader({ javascript });

interface Shown {
  status: string;
  total: number;
  /** Each result's link (a printable's is its print preview). */
  results: { href: string; title: string; meta: string }[];
  helpVisible: boolean;
  helpLinks: string[];
}

/** Opens the search page with this address query and waits for the script to finish the search. */
async function search(page: Page, code: string, params: Record<string, string>): Promise<Shown> {
  await page.goto(`${site.server.url}/${code}/search/?${new URLSearchParams(params)}`);
  await page.waitForSelector("[data-search-ui][data-search-done]", { timeout: 20_000 });
  return shownResults(page);
}

/** Types a query into the search page already open and submits it, as a reader asking one question after another does. */
async function ask(page: Page, query: string): Promise<Shown> {
  // Submitting starts the search at once, which clears data-search-done until its results are shown.
  await page.$eval("[data-search-input]", (input, q) => {
    (input as HTMLInputElement).value = q;
    (input as HTMLInputElement).form!.requestSubmit();
  }, query);
  await page.waitForSelector("[data-search-ui][data-search-done]", { timeout: 20_000 });
  return shownResults(page);
}

function shownResults(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const help = document.querySelector<HTMLElement>("[data-search-help]")!;
    return {
      status: document.querySelector("[data-search-status]")!.textContent!.trim(),
      total: Number(document.querySelector<HTMLElement>("[data-search-results]")!.dataset.total),
      results: [...document.querySelectorAll(".search-result")].map((li) => ({
        href: li.querySelector<HTMLAnchorElement>(".search-result__title a")!.getAttribute("href")!,
        title: li.querySelector(".search-result__title")!.textContent!.trim(),
        meta: li.querySelector(".search-result__meta")!.textContent!.trim(),
      })),
      helpVisible: !help.hidden && help.offsetHeight > 0,
      helpLinks: [...help.querySelectorAll("a")].map((a) => a.getAttribute("href")!),
    };
  });
}

/** Whether an element or one of its ancestors passes the test. */
function hasAncestor(element: Element, test: (e: Element) => boolean): boolean {
  for (let e: Element | null = element; e?.type === "tag"; e = e.parent as Element | null) if (test(e)) return true;
  return false;
}

/** The page a result stands for: its path without ?highlight=. */
const pageOf = (result: { href: string }) => result.href.split("?")[0]!;

test("at least one language is built with search", () => expect(locales.length).toBeGreaterThan(0));

describe.each(locales.map((l) => [l.code, l] as const))("%s", (code) => {
  test("has its own test queries (tests/e2e/search-queries/<code>.json), at least five", () => {
    expect(existsSync(path.join(import.meta.dirname, "search-queries", `${code}.json`)), `write tests/e2e/search-queries/${code}.json`).toBe(true);
    expect(queriesFor(code).queries.length).toBeGreaterThanOrEqual(5);
  });

  test("each real query has the expected page in its first three results", async () => {
    const page = await tab();
    const misses: string[] = [];
    for (const [i, { query, expect: expected }] of queriesFor(code).queries.entries()) {
      const shown = i === 0 ? await search(page, code, { q: query }) : await ask(page, query);
      const top = shown.results.slice(0, 3).map(pageOf);
      if (!top.includes(expected)) misses.push(`"${query}": expected ${expected}, got ${top.join(", ") || "no results"}`);
      // A PDF leaves the quick exit behind and may leave a file in Downloads: results lead to web pages only.
      for (const r of shown.results) if (/\.pdf\b/i.test(r.href)) misses.push(`"${query}": a result links a PDF (${r.href})`);
    }
    expect(misses).toEqual([]);
  });

  test("a filter narrows the results to what it names", async () => {
    const page = await tab();
    const { query, params } = queriesFor(code).filter;
    const all = await search(page, code, { q: query });
    const narrowed = await search(page, code, { q: query, ...params });
    expect(narrowed.total).toBeGreaterThan(0);
    expect(narrowed.total).toBeLessThan(all.total);
    // Each chosen value's label (as the select shows it) is in every result's section/type line
    // (so a query file filters by section or type; results do not show their audiences).
    const labels = await page.evaluate(
      (params) => Object.entries(params).map(([name, value]) => document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.selectedOptions[0]!.textContent!.trim()),
      params,
    );
    for (const result of narrowed.results) for (const label of labels) expect(result.meta).toContain(label);
    expect(await page.$eval("[data-search-filters]", (d) => (d as HTMLDetailsElement).open), "filters shown when one is set").toBe(true);
  });

  test("no results: says so, and points to the A–Z index and to searching without filters", async () => {
    const page = await tab();
    const t = dictionary(code);
    const query = "qzxvjk";
    const shown = await search(page, code, { q: query });
    expect(shown.total).toBe(0);
    expect(shown.status).toBe(t["search.noResults"]!.replace("{query}", query));
    expect(shown.helpVisible).toBe(true);
    expect(shown.helpLinks).toContain(`/${code}/a-z/`);
    const filtered = await search(page, code, { q: query, ...queriesFor(code).filter.params });
    expect(filtered.helpVisible).toBe(true);
    await page.click("[data-search-clear-filters]");
    await page.waitForSelector("[data-search-ui][data-search-done]");
    expect(new URL(page.url()).search).toBe(`?q=${query}`);
  });

  test("a result opens its page with the searched words marked", async () => {
    const page = await tab();
    const { query } = queriesFor(code).queries[0]!;
    const shown = await search(page, code, { q: query });
    const first = shown.results.find((r) => !r.href.endsWith(".pdf"))!;
    await Promise.all([page.waitForNavigation(), page.click(`.search-result__title a[href="${first.href}"]`)]);
    expect(new URL(page.url()).searchParams.getAll("highlight").length).toBeGreaterThan(0);
    const marked = await page.$$eval("[data-pagefind-body] mark.search-hit", (marks) => marks.map((m) => m.textContent));
    expect(marked.length).toBeGreaterThan(0);
  });

  test("printables are results of their own, leading to their print preview, never to a PDF", async () => {
    const page = await tab();
    const printable = queriesFor(code).queries.find((q) => q.expect.includes("/print/"));
    expect(printable, "one test query should expect a printable").toBeDefined();
    const shown = await search(page, code, { q: printable!.query });
    const hit = shown.results.find((r) => pageOf(r) === printable!.expect);
    expect(hit?.href).toBe(printable!.expect);
    expect(existsSync(path.join(DIST, hit!.href, "index.html"))).toBe(true);
  });

  test("without JavaScript the search page says so and links to the A–Z index", async () => {
    const page = await tab(false);
    await page.goto(`${site.server.url}/${code}/search/`);
    const note = await page.$eval("main noscript", (n) => n.textContent ?? "");
    expect(note).toContain(dictionary(code)["search.noJs"]);
    expect(await page.$$eval("noscript a, main a", (as) => as.map((a) => a.getAttribute("href")))).toContain(`/${code}/a-z/`);
  });

  // The A–Z index is plain HTML, the same with or without a browser: read from the built files.
  test("the A–Z index lists every page the home page and the printables catalog link to, in the language's order", () => {
    const links = (urlPath: string, inside: (e: Element) => boolean) =>
      elements(readFileSync(path.join(DIST, urlPath, "index.html"), "utf8"), (e) => e.name === "a" && e.attribs.href !== undefined && hasAncestor(e, inside));
    const listed = links(`/${code}/a-z/`, (e) => e.attribs.class?.split(" ").includes("a-z") ?? false);
    expect(listed.length).toBeGreaterThan(10);
    const expected = new Set<string>();
    for (const from of [`/${code}/`, `/${code}/print/`]) {
      for (const a of links(from, (e) => e.name === "main")) {
        const href = a.attribs.href!;
        // Pages, not PDFs or #anchors; nor a printable's editions (…/bilingual/, …/discreet/), which its own entry leads to.
        const edition = /\/(bilingual|discreet)\/$/.test(href);
        if (href.startsWith(`/${code}/`) && href.endsWith("/") && href !== `/${code}/print/` && !edition) expected.add(href);
      }
    }
    const hrefs = listed.map((a) => a.attribs.href!);
    expect([...expected].filter((h) => !hrefs.includes(h))).toEqual([]);
    const collator = new Intl.Collator(locales.find((l) => l.code === code)!.lang, { sensitivity: "base", numeric: true });
    const titles = listed.map((a) => text(a));
    expect(titles).toEqual([...titles].sort(collator.compare));
  });
});

describe("reference pages above printables", () => {
  const code = locales[0]!.code;
  // The words of the field report: each matches a reference page and a printable of it.
  test.each(["supervised visitation", "duty to warn", "safety planning"])("%s: a reference page comes first, and no result is a PDF", async (query) => {
    const page = await tab();
    const shown = await search(page, code, { q: query });
    expect(shown.results.length).toBeGreaterThan(1);
    expect(shown.results[0]!.href).not.toContain("/print/");
    expect(shown.results.filter((r) => /\.pdf\b/i.test(r.href))).toEqual([]);
  });

  test("a question's small words do not swamp it: a page is found from a question as from its key words", async () => {
    const page = await tab();
    const plain = await search(page, code, { q: "browsing history" });
    const asked = await search(page, code, { q: "How do I delete my browsing history?" });
    expect(asked.results[0]?.href.split("?")[0]).toBe(plain.results[0]?.href.split("?")[0]);
  });
});

describe("header search box", () => {
  const code = locales[0]!.code;
  const article = () => `${site.server.url}/${code}/about/online-safety/`;

  test("/ and Ctrl+K focus it, but not while typing in a field", async () => {
    const page = await tab();
    await page.goto(article());
    const focused = () => page.evaluate(() => document.activeElement?.id ?? "");
    await page.keyboard.press("/");
    expect(await focused()).toBe("search-box-q");
    await page.keyboard.type("a/b");
    expect(await page.$eval("#search-box-q", (i) => (i as HTMLInputElement).value)).toBe("a/b");
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.down("Control");
    await page.keyboard.press("k");
    await page.keyboard.up("Control");
    expect(await focused()).toBe("search-box-q");
  });

  test("without JavaScript it is a plain form to the search page", async () => {
    const page = await tab(false);
    await page.goto(article());
    await page.type("#search-box-q", "safety plan");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/${code}/search/`);
    expect(url.searchParams.get("q")).toBe("safety plan");
  });
});

test("nothing left 127.0.0.1, nothing broke the CSP, no console errors", () => {
  expect(watches.length).toBeGreaterThan(0);
  expect(watches.flatMap((w) => w.offOrigin)).toEqual([]);
  expect(watches.flatMap((w) => w.cspViolations)).toEqual([]);
  expect(watches.flatMap((w) => w.consoleErrors)).toEqual([]);
});
