// Every built page, in real Chromium: private (nothing off 127.0.0.1, no cookies or storage),
// inside its CSP, accessible (axe, WCAG 2.2 AA) on a 320 px screen without sideways scrolling, and with
// the safety basics.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { elements, type Element } from "../../scripts/html/parse.ts";
import { axeViolations } from "../helpers/axe.ts";
import { DIST } from "../helpers/paths.ts";
import { builtPages, openSite, watchPage } from "../helpers/site-browser.ts";

const pages = builtPages();

/** A print preview's kind (its paper's class: card, handout, "handout packet"), or undefined for a web page. */
function previewKind(urlPath: string): string | undefined {
  const html = readFileSync(path.join(DIST, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath), "utf8");
  const paper = elements(html, (e) => e.name === "section" && e.attribs.class === "print-paper")[0];
  return paper?.children.find((c): c is Element => c.type === "tag")?.attribs.class;
}

/**
 * axe reads every web page, and the first print preview of each kind in each language: a preview's
 * screen markup is its layout's whatever the printable says. Every preview still gets every other
 * check here, and the paper itself is read back from the PDFs (tests/build/print.test.ts).
 */
const axeReads = new Set<string>();
const previewsSeen = new Set<string>();
for (const urlPath of pages) {
  const kind = previewKind(urlPath);
  const key = `${urlPath.split("/")[1]}:${kind}`;
  if (!kind || !previewsSeen.has(key)) axeReads.add(urlPath);
  if (kind) previewsSeen.add(key);
}
let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

// Several tabs at once: most of a page's time is waiting for the network to settle.
describe.concurrent.each(pages)("%s", (urlPath) => {
  test("private, within its CSP, accessible, with a quick exit and the online-safety link", async ({ expect }) => {
    const page = await site.browser.newPage();
    await page.setViewport({ width: 320, height: 740 }); // WCAG reflow width: the smallest phone
    const watch = await watchPage(page, site.server.url);
    const response = await page.goto(site.server.url + urlPath, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForNetworkIdle({ idleTime: 150 });

    expect(watch.offOrigin, "requests to other origins").toEqual([]);
    expect(watch.cspViolations, "CSP violations").toEqual([]);
    expect(watch.consoleErrors, "console errors").toEqual([]);
    expect(await page.cookies(), "cookies").toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length), "storage writes").toBe(0);

    const basics = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
      referrer: document.querySelector('meta[name="referrer"]')?.getAttribute("content"),
      quickExit: document.querySelectorAll("[data-quick-exit]").length,
      onlineSafety: [...document.querySelectorAll("a")].some((a) => a.pathname.endsWith("/about/online-safety/")),
      externalLinksSafe: [...document.querySelectorAll<HTMLAnchorElement>("a[href^='http']")].every((a) => a.origin === location.origin || /noreferrer/.test(a.rel)),
      // A print preview's paper is a document of its own, with its own h1; the page around it has one.
      h1: [...document.querySelectorAll("h1")].filter((h) => !h.closest(".print-paper")).length,
      // Nothing wider than the screen but what scrolls inside its own box (a table, the paper of a print preview).
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      helpLine: [...document.querySelectorAll("aside.help-line")].map((aside) => ({
        name: document.getElementById(aside.getAttribute("aria-labelledby") ?? "")?.textContent?.trim() ?? "",
        ways: [...aside.querySelectorAll("a")].map((a) => a.protocol),
      })),
    }));
    expect(basics.lang).not.toBe("");
    expect(["ltr", "rtl"]).toContain(basics.dir);
    expect(basics.csp).toContain("default-src 'self'");
    expect(basics.csp).not.toContain("unsafe-inline");
    expect(basics.referrer).toBe("no-referrer");
    expect(basics.quickExit).toBe(1);
    expect(basics.onlineSafety).toBe(true);
    expect(basics.externalLinksSafe).toBe(true);
    expect(basics.h1).toBe(1);
    expect(basics.overflow, "page wider than a 320 px screen").toBeLessThanOrEqual(0);
    expect(basics.helpLine, "one help line, named, with call, text and website links").toEqual([{ name: expect.stringMatching(/\S/), ways: ["tel:", "sms:", "https:"] }]);

    // The page heading (a print preview's too, above its paper) within the first 250 px of a 375 × 667 phone.
    await page.setViewport({ width: 375, height: 667 });
    const headingTop = await page.$eval("h1", (h) => h.getBoundingClientRect().top + window.scrollY);
    expect(headingTop, "heading offset on a 375 × 667 phone").toBeLessThanOrEqual(250);

    if (axeReads.has(urlPath)) expect(await axeViolations(page), "axe WCAG 2.2 AA violations").toEqual([]);
    await page.close();
  });
});
