// Keyboard only, in real Chromium: skip link → section navigation → search → a result → quick exit,
// every stop with a visible focus ring, in a left-to-right and a right-to-left language. And axe
// (WCAG 2.2 AA) on the states a crawl of static pages never sees: search results shown, the search
// filters open, and the page as the quick exit leaves it.
import { axeViolations } from "../helpers/axe.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadLocales, publishedLocales } from "../../scripts/eleventy/i18n/locales.ts";
import { openSite, reusableTab, stubNeutralSite } from "../helpers/site-browser.ts";
import { CONTENT } from "../helpers/paths.ts";

const { neutralExitUrl: neutralUrl, neutralExitTitle: neutralTitle } = JSON.parse(readFileSync(path.join(CONTENT, "_data", "site.json"), "utf8")) as {
  neutralExitUrl: string;
  neutralExitTitle: string;
};
const locales = publishedLocales(loadLocales(path.join(CONTENT, "_data")));
const dictionary = (code: string) => JSON.parse(readFileSync(path.join(CONTENT, "_data", "i18n", `${code}.json`), "utf8")) as Record<string, string>;
/** The first test query of each language: a search that has results. */
const firstQuery = (code: string) =>
  (JSON.parse(readFileSync(path.join(import.meta.dirname, "search-queries", `${code}.json`), "utf8")) as { queries: { query: string }[] }).queries[0]!.query;

let site: Awaited<ReturnType<typeof openSite>>;
/** Requests the file's tab sent to the neutral site since it was last handed out. */
const left: string[] = [];
let reader: ReturnType<typeof reusableTab>;
beforeAll(async () => {
  site = await openSite();
  reader = reusableTab(site, async (page) => {
    await stubNeutralSite(page, neutralUrl, (url) => left.push(url));
  });
});
afterAll(async () => site.close());

/** The file's tab, where the neutral site answers with a stub page. */
async function tab(width = 1280): Promise<{ page: Page; left: string[] }> {
  const page = await reader({ width, height: 900 });
  left.splice(0);
  return { page, left };
}

/** What has keyboard focus, and whether a focus ring shows on it. */
const focus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      text: el.textContent?.trim() ?? "",
      href: el.getAttribute("href") ?? "",
      id: el.id,
      inNav: Boolean(el.closest(".site-nav")),
      inResults: Boolean(el.closest(".search-result__title")),
      isSearchBox: el.matches("input[type=search], input[name=q]"),
      ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
    };
  });

/** Presses Tab until `reached` holds (at most `limit` times); every stop on the way must show its focus ring. */
async function tabUntil(page: Page, reached: (f: Awaited<ReturnType<typeof focus>>) => boolean, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const f = await focus(page);
    expect(f.ring, `focus ring on "${f.text}" (${f.href})`).toBe(true);
    if (reached(f)) return f;
  }
  throw new Error(`not reached within ${limit} Tab presses`);
}

describe.each(["en", "ar"])("keyboard only (%s)", (code) => {
  test("skip link → section navigation → search → a result → quick exit", async () => {
    const t = dictionary(code);
    const { page, left } = await tab();
    await page.goto(`${site.server.url}/${code}/`);

    // 1. The first Tab shows the skip link; Enter moves focus to the main content.
    const skip = await tabUntil(page, () => true, 1);
    expect(skip.text).toBe(t["skip.main"]);
    expect(skip.onScreen).toBe(true);
    await page.keyboard.press("Enter");
    expect((await focus(page)).id).toBe("main");

    // 2. Back at the top, Tab reaches the section navigation; Enter opens a section.
    await page.goto(`${site.server.url}/${code}/`);
    const section = await tabUntil(page, (f) => f.inNav);
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).pathname).toBe(section.href);

    // 3. "/" focuses the search box; typing and Enter opens the search page with results.
    await page.keyboard.press("/");
    expect((await focus(page)).isSearchBox).toBe(true);
    await page.keyboard.type(firstQuery(code));
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    await page.waitForSelector("[data-search-ui][data-search-done]");
    expect(new URL(page.url()).pathname).toBe(`/${code}/search/`);

    // 4. Tab reaches the first result; Enter opens it with the searched words marked.
    const result = await tabUntil(page, (f) => f.inResults, 60);
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).pathname).toBe(new URL(result.href, site.server.url).pathname);
    await page.waitForSelector("mark.search-hit", { timeout: 5000 });

    // 5. That page, loaded afresh: the quick exit is the second stop; Enter leaves for the neutral site.
    await page.goto(page.url());
    const exit = await tabUntil(page, (f) => f.href === neutralUrl || f.text === t["quickExit.label"], 2);
    expect(exit.text).toBe(t["quickExit.label"]);
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(left.length).toBeGreaterThan(0);
    expect(await page.title()).toBe("neutral");
  });
});

describe.each(locales.map((l) => l.code))("states axe must see too (%s)", (code) => {
  const axe = (page: Page) => axeViolations(page);

  test("the search page with results shown and the filters open", async () => {
    const { page } = await tab(375);
    await page.goto(`${site.server.url}/${code}/search/?q=${encodeURIComponent(firstQuery(code))}`);
    await page.waitForSelector("[data-search-ui][data-search-done]");
    expect(await page.$$eval(".search-result", (r) => r.length)).toBeGreaterThan(0);
    await page.$eval("[data-search-filters]", (d) => ((d as HTMLDetailsElement).open = true));
    expect(await axe(page), "axe WCAG 2.2 AA violations").toEqual([]);
  });

  test("the page as the quick exit leaves it (hidden at once, before the neutral site loads)", async () => {
    const { page } = await tab(375);
    await page.goto(`${site.server.url}/${code}/victim-contact/tips-for-advocates/`);
    // Stop the navigation so the exiting state can be inspected: the page must already be hidden.
    await page.evaluate(() => {
      document.querySelector("[data-quick-exit]")!.setAttribute("href", "#stay");
      (document.querySelector("[data-quick-exit]") as HTMLElement).click();
    });
    const state = await page.evaluate(() => ({ exiting: document.documentElement.classList.contains("is-exiting"), title: document.title, bodyVisibility: getComputedStyle(document.body).visibility }));
    expect(state).toEqual({ exiting: true, title: neutralTitle, bodyVisibility: "hidden" });
    expect(await axe(page), "axe WCAG 2.2 AA violations").toEqual([]);
  });
});
