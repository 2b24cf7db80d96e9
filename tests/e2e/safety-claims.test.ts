// Every safety claim the site makes (layouts/components/safety-claims: the lines marked
// data-safety-claim on each language's online-safety page) held to the behaviour in real Chromium,
// in every language. A claim without a check here fails the suite, so the words cannot drift from
// what the site does.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadLocales, publishedLocales } from "../../scripts/eleventy/i18n/locales.ts";
import { pressShift } from "../helpers/keyboard.ts";
import { offlineState, pressRemove, pressSave, storedPack } from "../helpers/offline-pack.ts";
import { packUrl } from "../../scripts/offline.ts";
import { languagePages, pagefindFiles } from "../../scripts/offline/pack-files.ts";
import { openSite, reusableTab, stubNeutralSite } from "../helpers/site-browser.ts";
import { CONTENT, DIST } from "../helpers/paths.ts";

const neutralUrl = (JSON.parse(readFileSync(path.join(CONTENT, "_data", "site.json"), "utf8")) as { neutralExitUrl: string }).neutralExitUrl;
const neutralHost = new URL(neutralUrl).host;
const locales = publishedLocales(loadLocales(path.join(CONTENT, "_data")));
const dictionary = (code: string) => JSON.parse(readFileSync(path.join(CONTENT, "_data", "i18n", `${code}.json`), "utf8")) as Record<string, string>;

let site: Awaited<ReturnType<typeof openSite>>;
let reader: ReturnType<typeof reusableTab>;
/** Requests since the file's tab was last handed out to anywhere off 127.0.0.1 but the neutral site. */
const offSite: string[] = [];
beforeAll(async () => {
  site = await openSite();
  reader = reusableTab(site, stubNeutralSiteAndWatch);
});
afterAll(async () => site.close());

/** The neutral site answers with a stub page; anything else off 127.0.0.1 is recorded. */
async function stubNeutralSiteAndWatch(page: Page): Promise<void> {
  await stubNeutralSite(page, neutralUrl);
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(new URL(neutralUrl).origin) && !url.startsWith(site.server.url) && !url.startsWith("data:")) offSite.push(url);
  });
}

/** The file's tab (checks run one at a time, each starting with its own pages, so each Back lands on a page it opened). */
async function tab({ javascript = true } = {}): Promise<{ page: Page; offSite: string[] }> {
  const page = await reader({ javascript });
  offSite.splice(0);
  return { page, offSite };
}

/** A new tab, set up as the file's own: for the claim about other tabs, and one that counts history from a blank start. */
async function otherTab(): Promise<Page> {
  const page = await site.newPage();
  await stubNeutralSiteAndWatch(page);
  return page;
}

const pages = (code: string) => ({
  first: `${site.server.url}/${code}/`,
  second: `${site.server.url}/${code}/victim-contact/tips-for-advocates/`,
  third: `${site.server.url}/${code}/families-in-contact/overview/`,
});
/** Everything this file's origin stores, cleared as a browser's "clear site data" does. */
async function clearSiteData(page: Page): Promise<void> {
  const cdp = await page.createCDPSession();
  await cdp.send("Storage.clearDataForOrigin", { origin: site.server.url, storageTypes: "all" });
  await cdp.detach();
}
const NOTHING = { workers: [], caches: {} };
/** The language's offline pack saved from its home page, unless it already is. */
async function ensurePack(page: Page, code: string): Promise<void> {
  await page.goto(`${site.server.url}/${code}/`);
  if ((await offlineState(page, ["idle", "ready", "removed"])) !== "ready") expect(await pressSave(page)).toBe("ready");
}
/** A language other than `code` whose pack is saved beside it: the smallest, English unless it is `code`. */
const otherLanguage = (code: string) => (code === "en" ? locales.find((l) => l.code !== "en")!.code : "en");

const onNeutral = (page: Page) => new URL(page.url()).host === neutralHost;
const clickExit = (page: Page) => Promise.all([page.waitForNavigation(), page.click("[data-quick-exit]")]);

/** What each claim says, checked. Statements of a limit or advice say so instead of passing silently. */
const checks: Record<string, ((code: string) => Promise<void>) | { untestable: string }> = {
  async "safety.exitWhere"(code) {
    const { page } = await tab();
    await page.setViewport({ width: 375, height: 667 });
    await page.goto(pages(code).second);
    for (const y of [0, 2500]) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      const box = await page.$eval("[data-quick-exit]", (a) => a.getBoundingClientRect().toJSON() as DOMRect);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThan(70);
    }
  },
  async "safety.exitHides"(code) {
    const { page } = await tab();
    const opened: unknown[] = [];
    const onPopup = (popup: unknown) => opened.push(popup);
    page.on("popup", onPopup);
    await page.goto(pages(code).second);
    const [, visibilityOnClick] = await Promise.all([
      page.waitForNavigation(),
      // Read in the same task as the click, before the neutral site can answer: the page must already be hidden.
      page.evaluate(() => (document.querySelector<HTMLElement>("[data-quick-exit]")!.click(), getComputedStyle(document.body).visibility)),
    ]);
    expect(visibilityOnClick).toBe("hidden");
    expect(onNeutral(page)).toBe(true);
    expect(opened, "the exit opened a tab or window").toEqual([]); // the same tab, no new one
    page.off("popup", onPopup);
  },
  async "safety.exitBack"(code) {
    const { page } = await tab();
    const { first, second } = pages(code);
    await page.goto(first);
    await page.goto(second);
    await clickExit(page);
    await page.goBack();
    expect(page.url()).toBe(first); // not the page the reader left: that one is gone from the tab
    await page.goForward();
    expect(onNeutral(page)).toBe(true);
  },
  async "safety.exitShift"(code) {
    const { page } = await tab();
    await page.goto(pages(code).second);
    await Promise.all([page.waitForNavigation(), pressShift(page, 3)]);
    expect(onNeutral(page)).toBe(true);
  },
  async "safety.exitNoScript"(code) {
    const { page } = await tab({ javascript: false });
    const { second } = pages(code);
    await page.goto(second);
    await pressShift(page, 3);
    await new Promise((r) => setTimeout(r, 200));
    expect(page.url()).toBe(second);
    await clickExit(page);
    expect(onNeutral(page)).toBe(true);
    await page.goBack();
    expect(page.url()).toBe(second);
  },
  async "safety.limitHistory"(code) {
    // A tab of its own: history.length counts from a new tab's blank start.
    const page = await otherTab();
    const { first, second, third } = pages(code);
    for (const url of [first, second, third]) await page.goto(url);
    await clickExit(page);
    expect(await page.evaluate(() => history.length)).toBeGreaterThanOrEqual(4); // blank start, two site pages kept, the neutral site
    await page.goBack();
    expect(page.url()).toBe(second);
    await page.goBack();
    expect(page.url()).toBe(first);
    await page.close();
  },
  "safety.limitDevice": { untestable: "a limit of any website: it cannot see or change what else is on the device" },
  async "safety.limitTabs"(code) {
    const { page: one } = await tab();
    const other = await otherTab();
    await one.goto(pages(code).second);
    await other.goto(pages(code).third);
    await one.bringToFront();
    await clickExit(one);
    expect(onNeutral(one)).toBe(true);
    expect(other.url()).toBe(pages(code).third);
    await other.close();
  },
  "safety.limitFewerTraces": { untestable: "advice about the browser, pointing to the sections below it" },
  async "safety.storesNothing"(code) {
    const { page, offSite } = await tab();
    // A device this site has not stored anything on (the offline pack's checks below save and remove packs).
    await clearSiteData(page);
    const { first, second } = pages(code);
    await page.goto(first);
    await page.goto(second);
    await page.goto(`${site.server.url}/${code}/search/?q=${encodeURIComponent(dictionary(code)["section.victim-contact"]!)}`);
    await page.waitForSelector("[data-search-ui][data-search-done]", { timeout: 20_000 });
    await page.goto(`${site.server.url}/${code}/print/`);
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(stored).toEqual({ cookie: "", local: 0, session: 0, databases: 0, caches: 0, workers: 0 });
    expect(await page.browserContext().cookies()).toEqual([]);
    // "unless you tick Remember on this device": typing an agency's details keeps nothing; ticking keeps one entry; Forget removes it.
    await page.goto(`${site.server.url}/${code}/print/partnering-card/`);
    await page.click("[data-agency-form] summary");
    await page.type("[name=agency-name]", "Riverside Family Safety Center");
    await page.type("[name=agency-phone]", "555-010-2200");
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await page.click("#agency-remember");
    expect(await page.evaluate(() => localStorage.length)).toBe(1);
    await page.click("[data-agency-forget]");
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(offSite).toEqual([]);
  },
  async "safety.packStores"(code) {
    const { page } = await tab();
    await clearSiteData(page);
    // "Nothing is saved until you press": both pages with the control, loaded and left alone.
    for (const urlPath of [`/${code}/`, `/${code}/about/this-guide/`]) {
      await page.goto(`${site.server.url}${urlPath}`);
      expect(await offlineState(page, ["idle"]), urlPath).toBe("idle");
      expect(await page.$eval("[data-offline-save]", (b) => b.textContent), urlPath).toBe(dictionary(code)["offline.save"]);
    }
    expect(await storedPack(page)).toEqual(NOTHING);
    expect(await pressSave(page)).toBe("ready");
    const stored = await storedPack(page);
    // "a service worker", for this language's pages
    expect(stored.workers).toEqual([`/${code}/`]);
    const urls = Object.values(stored.caches).flat();
    // "the guide's pages in that page's language"
    expect(urls).toEqual(expect.arrayContaining(languagePages(DIST, code).map(packUrl)));
    // "the search files for that language", and no other language's
    const key = locales.find((l) => l.code === code)!.lang.toLowerCase();
    expect(urls).toEqual(expect.arrayContaining(pagefindFiles(DIST, key).map(packUrl)));
    const otherKeys = locales.map((l) => l.lang.toLowerCase()).filter((k) => k !== key);
    expect(urls.filter((u) => u.startsWith("/pagefind/") && otherKeys.some((k) => u.includes(`/${k}_`) || u.includes(`.${k}_`) || u.includes(`wasm.${k}.`)))).toEqual([]);
    // Nothing but this language's pages, the assets they load and search: "PDFs and other downloads are not kept".
    expect(urls.filter((u) => !(u.startsWith(`/${code}/`) ? u.endsWith("/") : u.startsWith("/assets/") || u.startsWith("/pagefind/")))).toEqual([]);
  },
  async "safety.packFindable"(code) {
    const { page } = await tab();
    await ensurePack(page, code);
    await page.setOfflineMode(true);
    try {
      const response = await page.goto(pages(code).third);
      expect(response?.status()).toBe(200);
      expect(response?.fromServiceWorker()).toBe(true);
      expect(await page.$eval("html", (h) => h.lang)).toBe(locales.find((l) => l.code === code)!.lang);
    } finally {
      await page.setOfflineMode(false);
    }
    // What the browser's settings list for the site: its stored data, from the quota the pack uses.
    expect(await page.evaluate(async () => (await navigator.storage.estimate()).usage)).toBeGreaterThan(100_000);
  },
  async "safety.packRemove"(code) {
    const { page } = await tab();
    // "… deletes the saved pages, search files and service workers, in every language you kept": this
    // language's pack and another's, removed with this page's button.
    await ensurePack(page, code);
    await ensurePack(page, otherLanguage(code));
    expect((await storedPack(page)).workers).toHaveLength(2);
    await page.goto(`${site.server.url}/${code}/about/this-guide/`);
    await pressRemove(page);
    expect(await page.$eval("[data-offline-remove]", (b) => (b as HTMLElement).hidden)).toBe(true);
    expect(await storedPack(page)).toEqual(NOTHING);
    // "Clearing this site's data in the browser's settings removes them too": the browser's doing, the same in
    // every language, held once in tests/e2e/offline-pack.test.ts.
  },
};

describe.each(locales.map((l) => [l.code] as const))("safety claims in %s", (code) => {
  let claims: { key: string; text: string }[] = [];
  beforeAll(async () => {
    const { page } = await tab();
    await page.goto(`${site.server.url}/${code}/about/online-safety/`);
    claims = await page.$$eval("[data-safety-claim]", (els) => els.map((el) => ({ key: (el as HTMLElement).dataset.safetyClaim!, text: el.textContent!.trim() })));
  });

  test("the online-safety page states every claim in the page's language, and each has a check", () => {
    const t = dictionary(code);
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) {
      expect(claim.text).toBe(t[claim.key]);
      expect(Object.keys(checks), `${claim.key} is claimed on /${code}/about/online-safety/ but nothing checks it`).toContain(claim.key);
    }
  });

  test.each(Object.entries(checks).filter(([, check]) => typeof check === "function"))("%s holds", async (key, check) => {
    expect(claims.map((c) => c.key)).toContain(key);
    await (check as (code: string) => Promise<void>)(code);
  });
});
