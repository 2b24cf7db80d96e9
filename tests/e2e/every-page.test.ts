// Every built page, in real Chromium: private (nothing off 127.0.0.1, no cookies or storage),
// inside its CSP, accessible (axe, WCAG 2.2 AA) on a 320 px screen without sideways scrolling, and with
// the safety basics.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { elements, type Element } from "../../scripts/html/parse.ts";
import { axeViolations } from "../helpers/axe.ts";
import { DIST } from "../helpers/paths.ts";
import { builtPages, openSite, watchedTabs } from "../helpers/site-browser.ts";

const pages = builtPages();

/** Whether the element sits in a page's own text (Markdown body, glossary, a printable's paper) rather than in the template around it. */
function inPageText(element: Element): boolean {
  for (let e = element.parent as Element | null; e?.type === "tag"; e = e.parent as Element | null) {
    if (e.attribs.class?.split(" ").some((c) => PAGE_TEXT.has(c))) return true;
  }
  return false;
}
const PAGE_TEXT = new Set(["prose", "glossary", "print-paper"]);

/**
 * Each element's kind in its place (tag and first class, inside its parent's). The template around a
 * page's text (header, menus, help line, search, print head, cite box, footer) carries the language's
 * own strings, so its kinds count per language; the page's own text has the same structure in every
 * language (the same Markdown, translated), so its kinds count once for the whole site.
 */
function elementKinds(urlPath: string): string[] {
  const language = urlPath.split("/")[1];
  const html = readFileSync(path.join(DIST, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath), "utf8");
  const kind = (e: Element) => `${e.name}.${e.attribs.class?.split(" ")[0] ?? ""}`;
  return elements(html, () => true).map((e) => {
    const parent = e.parent as Element | null;
    const place = `${parent?.type === "tag" ? kind(parent) : ""} > ${kind(e)}`;
    return inPageText(e) ? `text ${place}` : `${language} ${place}`;
  });
}

/**
 * axe reads every page that brings a kind of element in a kind of place it has not yet read: every
 * template, block and component in every language, and every kind of element in the pages' own text
 * somewhere (axe is the larger part of this file's time). html-validate still checks every page's
 * markup, and every other check here runs on every page.
 */
const axeReads = new Set<string>();
const kindsRead = new Set<string>();
for (const urlPath of pages) {
  const kinds = elementKinds(urlPath);
  if (kinds.every((k) => kindsRead.has(k))) continue;
  axeReads.add(urlPath);
  for (const k of kinds) kindsRead.add(k);
}
let site: Awaited<ReturnType<typeof openSite>>;
let tabs: ReturnType<typeof watchedTabs>;

beforeAll(async () => {
  site = await openSite();
  tabs = watchedTabs(site, 5);
});
afterAll(async () => site.close());

// WCAG 1.3.4: nothing locks the screen's orientation (axe's css-orientation-lock, which axe is not
// asked to fetch stylesheets for: tests/helpers/axe.ts). No media query on orientation at all.
test("no stylesheet depends on the screen's orientation", () => {
  const stylesheets = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".css") && !f.startsWith("pagefind"));
  expect(stylesheets.length).toBeGreaterThan(0);
  for (const file of stylesheets) expect(readFileSync(path.join(DIST, file), "utf8"), file).not.toContain("orientation");
});

// Five pages at once, each in a borrowed tab (watchedTabs): a tab per page cost more than its page.
describe.concurrent.each(pages)("%s", (urlPath) => {
  test("private, within its CSP, accessible, with a quick exit and the online-safety link", ({ expect }) => tabs.with(async (page, watch) => {
    await page.setViewport({ width: 320, height: 740 }); // WCAG reflow width: the smallest phone
    const response = await page.goto(site.server.url + urlPath, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    await page.evaluate(() => document.fonts.ready);
    await watch.settled();

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
  }));
});
