// The quick exit, in real Chromium and in every language: the button, Shift pressed three times on
// its own (shown and announced), and everything that must NOT leave: capitals typed with a real Shift
// in any field, Shift+Tab, Shift+arrow selection, and three presses too slow to be meant.
import { readFileSync } from "node:fs";
import path from "node:path";
import { KnownDevices, type Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadLocales, publishedLocales } from "../../scripts/eleventy/i18n/locales.ts";
import { pressShift, typeWithShift, withShift } from "../helpers/keyboard.ts";
import { openSite, reusableTab, stubNeutralSite } from "../helpers/site-browser.ts";
import { CONTENT } from "../helpers/paths.ts";

const neutralUrl = (JSON.parse(readFileSync(path.join(CONTENT, "_data", "site.json"), "utf8")) as { neutralExitUrl: string }).neutralExitUrl;
const neutralHost = new URL(neutralUrl).host;
const locales = publishedLocales(loadLocales(path.join(CONTENT, "_data")));
const dictionary = (code: string) => JSON.parse(readFileSync(path.join(CONTENT, "_data", "i18n", `${code}.json`), "utf8")) as Record<string, string>;
/** GOV.UK's limit between presses; a slower press starts the count again. */
const GAP_MS = 5000;

let site: Awaited<ReturnType<typeof openSite>>;
/** The file's tab, where the neutral site answers with a stub page (the network is never used). */
let tab: ReturnType<typeof reusableTab>;
beforeAll(async () => {
  site = await openSite();
  tab = reusableTab(site, async (page) => {
    await stubNeutralSite(page, neutralUrl);
  });
});
afterAll(async () => site.close());

const article = (code: string) => `${site.server.url}/${code}/victim-contact/tips-for-advocates/`;
const settle = () => new Promise((r) => setTimeout(r, 300));
/** The lights lit on the button, and what the live region says. */
const progress = (page: Page) =>
  page.$eval("[data-quick-exit-bar]", (bar) => ({
    lit: Number((bar as HTMLElement).dataset.shiftCount),
    lightsShown: getComputedStyle(bar.querySelector(".quick-exit__lights")!).display !== "none",
    said: bar.querySelector("[data-quick-exit-status]")!.textContent!.trim(),
  }));

describe.each(locales.map((l) => [l.code, l] as const))("quick exit in %s", (code, locale) => {
  const t = dictionary(code);
  const number = new Intl.NumberFormat(locale.lang);

  test("Shift pressed on its own three times leaves; each press is shown and announced in the page's language", async () => {
    const page = await tab();
    await page.goto(article(code));
    await pressShift(page, 2);
    expect(await progress(page)).toEqual({
      lit: 2,
      lightsShown: true,
      said: t["quickExit.progress"]!.replace("{count}", number.format(2)).replace("{total}", number.format(3)),
    });
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Shift")]);
    expect(new URL(page.url()).host).toBe(neutralHost);
  });

  test("capitals typed with a real Shift, Shift+Tab and Shift+arrow selection never leave", async () => {
    const page = await tab();
    await page.goto(article(code));
    await page.focus("input[name=q]");
    await typeWithShift(page, "Duty To Warn And Safety Planning For A Partner");
    await withShift(page, "ArrowLeft", 4);
    await withShift(page, "Tab", 5);
    await settle();
    expect(page.url()).toBe(article(code));
    expect((await progress(page)).lit).toBe(0);
  });
});

describe("quick exit", () => {
  test("without JavaScript the button is a visible plain link to the neutral site, at least 44 px tall", async () => {
    const page = await tab({ javascript: false, width: 375, height: 667 });
    await page.goto(article("en"));
    const button = await page.$eval("[data-quick-exit]", (a) => {
      const box = a.getBoundingClientRect();
      return { href: (a as HTMLAnchorElement).href, top: box.top, height: box.height, visible: box.width > 0 };
    });
    expect(button.href).toBe(new URL(neutralUrl).href);
    expect(button.visible).toBe(true);
    expect(button.top).toBeLessThan(60);
    expect(button.height).toBeGreaterThanOrEqual(44);
    await Promise.all([page.waitForNavigation(), page.click("[data-quick-exit]")]);
    expect(page.url()).toContain(neutralHost);
  });

  test("stays one tap away while a phone reader scrolls", async () => {
    const page = await tab({ width: 375, height: 667 });
    await page.goto(article("ar"));
    await page.evaluate(() => window.scrollTo(0, 3000));
    const top = await page.$eval("[data-quick-exit]", (a) => a.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(60);
  });

  test("mixed-case sentences typed on the search page do not leave, in English and Arabic", async () => {
    const page = await tab();
    for (const code of ["en", "ar"]) {
      const url = `${site.server.url}/${code}/search/`;
      await page.goto(url);
      await page.focus("[data-search-input]");
      await typeWithShift(page, "What Do I Say On The First Call To The Partner");
      await settle();
      expect(page.url().split("?")[0]).toBe(url);
    }
  });

  test("three presses too slow to be meant do not leave, and the count's reset is announced", async () => {
    const page = await tab();
    await page.goto(article("en"));
    await page.keyboard.press("Shift");
    await new Promise((r) => setTimeout(r, GAP_MS + 300));
    expect(await progress(page)).toEqual({ lit: 0, lightsShown: false, said: dictionary("en")["quickExit.reset"] });
    await pressShift(page, 2, GAP_MS + 300);
    await settle();
    expect(page.url()).toBe(article("en"));
    expect((await progress(page)).lit).toBe(1);
  }, 30_000);

  test("any other key between Shift presses starts the count again", async () => {
    const page = await tab();
    await page.goto(article("en"));
    await pressShift(page, 2);
    await page.keyboard.press("a");
    await pressShift(page, 2);
    await settle();
    expect(page.url()).toBe(article("en"));
    expect((await progress(page)).lit).toBe(2);
  });

  test("the keyboard hint shows with a mouse and keyboard, not on a touch screen", async () => {
    const page = await site.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(article("en"));
    const hintShown = () => page.$eval(".quick-exit__keys", (el) => (el as HTMLElement).offsetWidth > 0);
    expect(await hintShown()).toBe(true);
    await page.emulate(KnownDevices["iPhone 13"]);
    await page.goto(article("en"));
    expect(await page.evaluate(() => matchMedia("(hover: none) and (pointer: coarse)").matches)).toBe(true);
    expect(await hintShown()).toBe(false);
    await page.close();
  });
});
