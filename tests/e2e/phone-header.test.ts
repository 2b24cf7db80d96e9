// The header on a phone, in every language: sections and search behind one Menu button (open without
// JavaScript), a compact language control that leads to the same page in each language, and the help
// line named for screen readers in the page's language.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadLocales, publishedLocales } from "../../scripts/eleventy/i18n/locales.ts";
import { openSite, reusableTab } from "../helpers/site-browser.ts";
import { CONTENT } from "../helpers/paths.ts";

const locales = publishedLocales(loadLocales(path.join(CONTENT, "_data")));
const dictionary = (code: string) => JSON.parse(readFileSync(path.join(CONTENT, "_data", "i18n", `${code}.json`), "utf8")) as Record<string, string>;
const ARTICLE = "/families-in-contact/overview/";

let site: Awaited<ReturnType<typeof openSite>>;
let tab: ReturnType<typeof reusableTab>;
beforeAll(async () => {
  site = await openSite();
  tab = reusableTab(site);
});
afterAll(async () => site.close());

async function phone(urlPath: string, { javascript = true, width = 375 } = {}): Promise<Page> {
  const page = await tab({ javascript, width, height: 667 });
  await page.goto(site.server.url + urlPath, { waitUntil: "load" });
  return page;
}
const navShown = (page: Page) => page.$eval(".site-nav", (nav) => nav.getBoundingClientRect().height > 0);
const expanded = (page: Page) => page.$eval("[data-site-menu-button]", (b) => b.getAttribute("aria-expanded"));

describe.each(locales.map((l) => l.code))("%s", (code) => {
  const t = dictionary(code);

  test("the sections and search wait behind one Menu button, which opens, closes and says so", async () => {
    const page = await phone(`/${code}${ARTICLE}`);
    expect(await navShown(page)).toBe(false);
    expect(await page.$eval("[data-site-menu-button]", (b) => b.textContent?.trim())).toBe(t["nav.menu"]);
    expect(await expanded(page)).toBe("false");
    await page.click("[data-site-menu-button]");
    expect(await navShown(page)).toBe(true);
    expect(await page.$eval("#search-box-q", (i) => i.getBoundingClientRect().width)).toBeGreaterThan(150);
    expect(await expanded(page)).toBe("true");
    await page.focus(".site-nav a");
    await page.keyboard.press("Escape");
    expect(await navShown(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-site-menu-button"))).toBe(true);
  });

  test("the language control is one small button whose list leads to this page in every language", async () => {
    const page = await phone(`/${code}${ARTICLE}`, { width: 320 });
    const button = await page.$eval(".lang-switcher__button", (s) => s.getBoundingClientRect().toJSON() as DOMRect);
    expect(button.width).toBeLessThanOrEqual(60);
    expect(button.height).toBeGreaterThanOrEqual(44);
    await page.click(".lang-switcher__button");
    const links = await page.$$eval(".lang-switcher__list a", (as) => as.map((a) => ({ href: new URL(a.href).pathname, shown: a.getBoundingClientRect().height > 0 })));
    expect(links.map((l) => l.href).sort()).toEqual(locales.map((l) => `/${l.code}${ARTICLE}`).sort());
    expect(links.every((l) => l.shown)).toBe(true);
    await page.keyboard.press("Escape");
    expect(await page.$eval("[data-lang-switcher]", (d) => (d as HTMLDetailsElement).open)).toBe(false);
  });

  test("the header does not move the page when its script runs: the menu is collapsed from the first paint", async () => {
    const page = await phone(`/${code}${ARTICLE}`);
    // Layout shifts since navigation, from the browser's own buffer (what Lighthouse's CLS adds up), with what moved.
    const shifts = await page.evaluate(
      () =>
        new Promise<{ value: number; header: boolean }[]>((resolve) => {
          type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
          const header = document.querySelector("[data-site-header]")!;
          const describe = (e: Shift) => ({ value: e.value, header: e.sources.some((s) => s.node === header || (s.node !== undefined && header.contains(s.node)) || (s.node instanceof Element && s.node.matches("main, .help-line"))) });
          new PerformanceObserver((list) => resolve((list.getEntries() as Shift[]).map(describe))).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve([]), 300);
        }),
    );
    // Before the fix the menu's collapse moved the header, help line and page at once (0.28–0.40). The device's own CJK or
    // Arabic font settling can still nudge a line by a few thousandths, so the bound is on size, well below that.
    expect(shifts.filter((s) => s.header && s.value >= 0.05)).toEqual([]);
    expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBeLessThan(0.05);
    expect(await navShown(page)).toBe(false);
  });

  test("without JavaScript the menu is simply open and the Menu button is not offered", async () => {
    const page = await phone(`/${code}${ARTICLE}`, { javascript: false });
    expect(await navShown(page)).toBe(true);
    expect(await page.$eval("[data-site-menu-button]", (b) => b.getBoundingClientRect().height)).toBe(0);
  });

  test("a wide screen shows the sections and search with no Menu button", async () => {
    const page = await phone(`/${code}${ARTICLE}`, { width: 1280 });
    expect(await navShown(page)).toBe(true);
    expect(await page.$eval("[data-site-menu-button]", (b) => b.getBoundingClientRect().height)).toBe(0);
    expect(await page.$eval("#search-box-q", (i) => i.getBoundingClientRect().width)).toBeGreaterThan(150);
  });

  test("the help line is a landmark named in the page's language, its links named by what they do", async () => {
    await expectHelpLine(`/${code}${ARTICLE}`, t["helpLine.label"]!);
  });
});

test("the page-not-found page has the help line too", async () => {
  await expectHelpLine("/404.html", dictionary(locales[0]!.code)["helpLine.label"]!);
});

async function expectHelpLine(urlPath: string, label: string): Promise<void> {
  const page = await phone(urlPath);
  const snapshot = await page.accessibility.snapshot({ root: (await page.$("aside.help-line")) ?? undefined });
  expect(snapshot?.role).toBe("complementary");
  expect(snapshot?.name).toBe(label);
  const links = await page.$$eval("aside.help-line a", (as) => as.map((a) => ({ protocol: a.protocol, text: a.textContent?.replace(/\s+/g, " ").trim() ?? "" })));
  expect(links.map((l) => l.protocol)).toEqual(["tel:", "sms:", "https:"]);
  expect(links.every((l) => l.text.length > 3)).toBe(true);
}
