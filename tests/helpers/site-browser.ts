import { readdirSync } from "node:fs";
import puppeteer, { type BrowserContext, type HTTPRequest, type Page } from "puppeteer";
import { inject } from "vitest";
import { serveStatic, type StaticServer } from "../../scripts/static-server.ts";
import { AXE_FILE } from "./axe.ts";
import { DIST } from "./paths.ts";

/** A built site served on 127.0.0.1, and tabs of this test file in the run's warm Chromium. */
export interface OpenSite {
  server: StaticServer;
  /** The warm Chromium's default context (its HTTP and code caches warm across files; each file's server has an origin of its own). */
  context: BrowserContext;
  /** A new tab, closed with the site if the test has not closed it. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Serves root (with extra response headers, if given) and connects to the shared Chromium
 * (tests/helpers/warm-browser.ts). A fresh incognito context per file would cost Pagefind's pages half
 * again as much CPU: it keeps no compiled code between loads.
 *
 * @example
 * const site = await openSite(); const page = await site.newPage(); await page.goto(site.server.url + "/en/");
 */
export async function openSite(root = DIST, { headers = {} }: { headers?: Record<string, string> } = {}): Promise<OpenSite> {
  const server = await serveStatic(root, headers, AXE_FILE);
  const browser = await puppeteer.connect({ browserWSEndpoint: inject("browserWSEndpoint") });
  const context = browser.defaultBrowserContext();
  const opened = new Set<Page>();
  async function newPage(): Promise<Page> {
    const page = await context.newPage();
    opened.add(page);
    // A reader's tab is the focused one; in the warm browser other files' tabs would take focus (clipboard, :focus).
    await (await page.createCDPSession()).send("Emulation.setFocusEmulationEnabled", { enabled: true });
    return page;
  }
  async function close(): Promise<void> {
    await Promise.all([...opened].filter((page) => !page.isClosed()).map((page) => page.close()));
    await browser.disconnect();
    await server.close();
  }
  return { server, context, newPage, close };
}

/** What a reused tab is reset to each time it is handed out. */
export interface TabOptions {
  javascript?: boolean;
  width?: number;
  height?: number;
}

/**
 * One tab a test file reuses test after test, reset each time it is handed out (JavaScript on unless
 * asked otherwise, the viewport asked for; Puppeteer's 800 × 600 by default): a new tab costs Chromium
 * a new renderer, more than the page it then loads. Tests in a file run one at a time; a test that
 * needs a second tab, or one set up otherwise, opens its own with site.newPage().
 *
 * @example
 * const tab = reusableTab(site); const page = await tab({ width: 375 }); await page.goto(url);
 */
export function reusableTab(site: Pick<OpenSite, "newPage">, setUp: (page: Page) => Promise<void> = async () => {}) {
  let opened: Promise<Page> | undefined;
  return async ({ javascript = true, width = 800, height = 600 }: TabOptions = {}): Promise<Page> => {
    if (!opened || (await opened).isClosed()) opened = site.newPage().then(async (page) => (await setUp(page), page));
    const page = await opened;
    await page.setJavaScriptEnabled(javascript);
    await page.setViewport({ width, height });
    return page;
  };
}

/** Every built HTML page's URL path, e.g. "/en/victim-contact/tips-for-advocates/". */
export function builtPages(root = DIST): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"))
    .map((f) => "/" + f.replace(/\\/g, "/").replace(/index\.html$/, ""))
    .sort();
}

/** What a watched tab saw: requests that left 127.0.0.1, CSP violations, console errors. */
export interface PageWatch {
  offOrigin: string[];
  cspViolations: string[];
  consoleErrors: string[];
  /** Forgets what was seen, for a tab about to load its next page. */
  clear(): void;
  /** Resolves once no request of this page has been in flight for `idleTime` ms. */
  settled(idleTime?: number): Promise<void>;
}

/**
 * Records every request that leaves 127.0.0.1, CSP violations and console errors. Requests are
 * watched, not intercepted: interception would turn the HTTP cache off and stop each request for a
 * round trip to this process, and the machine reaches no other origin anyway.
 */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const offOrigin: string[] = [];
  const cspViolations: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) offOrigin.push(url);
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  // Requests of this page still in flight: Puppeteer's own network-idle count sticks in a reused tab.
  const inFlight = new Set<HTTPRequest>();
  page.on("request", (request) => inFlight.add(request));
  for (const done of ["requestfinished", "requestfailed", "requestservedfromcache"] as const) page.on(done, (request) => inFlight.delete(request));
  const clear = () => ([offOrigin, cspViolations, consoleErrors].forEach((seen) => seen.splice(0)), inFlight.clear());
  async function settled(idleTime = 150, timeout = 30_000): Promise<void> {
    const started = Date.now();
    for (let quietSince = Date.now(); Date.now() - quietSince < idleTime; ) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      if (inFlight.size) quietSince = Date.now();
      if (Date.now() - started > timeout) throw new Error(`Requests still in flight after ${timeout} ms: ${[...inFlight].map((r) => r.url()).join(", ")}`);
    }
  }
  return { offOrigin, cspViolations, consoleErrors, clear, settled };
}

/**
 * A few watched tabs, each lent to one test at a time: a page per test without a new tab per test
 * (a new tab costs more than loading a page in an open one). Each borrower starts from a cleared watch.
 *
 * @example
 * const tabs = watchedTabs(site, 4); await tabs.with(async (page, watch) => { await page.goto(url); … });
 */
export function watchedTabs(site: { newPage: () => Promise<Page>; server: StaticServer }, size: number) {
  const idle: { page: Page; watch: PageWatch }[] = [];
  const waiting: (() => void)[] = [];
  let opened = 0;
  async function borrow(): Promise<{ page: Page; watch: PageWatch }> {
    while (!idle.length && opened >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    if (idle.length) return idle.pop()!;
    opened += 1;
    const page = await site.newPage();
    // The HTTP cache stays on, as for a reader going from page to page: hashed files are read once.
    return { page, watch: await watchPage(page, site.server.url) };
  }
  return {
    async with<T>(use: (page: Page, watch: PageWatch) => Promise<T>): Promise<T> {
      const tab = await borrow();
      tab.watch.clear();
      try {
        return await use(tab.page, tab.watch);
      } finally {
        idle.push(tab);
        waiting.shift()?.();
      }
    },
  };
}

/**
 * Answers the quick exit's neutral site in this tab with a stub page, calling `onRequest` with each URL
 * it answers. Only the neutral site's requests are paused (CDP's Fetch domain, with its URL pattern):
 * Puppeteer's request interception would stop every request of the site for a round trip.
 *
 * @example
 * await stubNeutralSite(page, "https://www.example.org/", (url) => left.push(url));
 */
export async function stubNeutralSite(page: Page, neutralUrl: string, onRequest: (url: string) => void = () => {}): Promise<void> {
  const cdp = await page.createCDPSession();
  await cdp.send("Fetch.enable", { patterns: [{ urlPattern: `${new URL(neutralUrl).origin}/*` }] });
  cdp.on("Fetch.requestPaused", ({ requestId, request }) => {
    onRequest(request.url);
    const body = Buffer.from("<title>neutral</title>neutral").toString("base64");
    // A tab closed before the answer went out has nothing left to answer.
    cdp.send("Fetch.fulfillRequest", { requestId, responseCode: 200, responseHeaders: [{ name: "content-type", value: "text/html" }], body }).catch(() => {});
  });
}
