// The offline pack (issue #17) in real Chromium, against the built site served with its real headers (the CSP
// included, on the worker too): nothing stored before the reader asks; Save stores exactly the build's list for
// the language, with progress shown and announced and the size stored shown; with the network off the pages,
// search and the quick exit work; Remove leaves no worker and no cache. English in full, Arabic for a page and a search.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadLocales } from "../../scripts/eleventy/i18n/locales.ts";
import { OFFLINE_SUMMARY, offlineStage, packUrl } from "../../scripts/offline.ts";
import { offlinePackFiles } from "../../scripts/offline/pack-files.ts";
import { securityHeaders } from "../../scripts/server/rules.ts";
import { holdingProxy } from "../helpers/holding-proxy.ts";
import { cachedBytes, offlineState, pressRemove, pressSave, storedPack } from "../helpers/offline-pack.ts";
import { CONTENT, DIST, FIXTURE_CONTENT, FIXTURE_DIST } from "../helpers/paths.ts";
import { openSite, watchPage, type PageWatch } from "../helpers/site-browser.ts";

const dictionary = (code: string) => JSON.parse(readFileSync(path.join(CONTENT, "_data", "i18n", `${code}.json`), "utf8")) as Record<string, string>;
const locale = (code: string) => loadLocales(path.join(CONTENT, "_data")).find((l) => l.code === code)!;
const neutralUrl = (JSON.parse(readFileSync(path.join(CONTENT, "_data", "site.json"), "utf8")) as { neutralExitUrl: string }).neutralExitUrl;
const NOTHING = { workers: [], caches: {} };

let site: Awaited<ReturnType<typeof openSite>>;
let page: Page;
let watch: PageWatch;
const url = (urlPath: string) => site.server.url + urlPath;
beforeAll(async () => {
  site = await openSite(DIST, { headers: Object.fromEntries(securityHeaders({ https: false })) });
  page = await site.newPage();
  watch = await watchPage(page, site.server.url);
});
afterAll(async () => {
  // Whatever a failed test left, the shared browser keeps nothing of this origin.
  await page.setOfflineMode(false);
  const cdp = await page.createCDPSession();
  await cdp.send("Storage.clearDataForOrigin", { origin: site.server.url, storageTypes: "all" });
  await site.close();
});

/** Records every state the control passes through, with what its live region said and whether progress was shown. */
async function recordControl(): Promise<void> {
  await page.evaluate(() => {
    const box = document.querySelector<HTMLElement>("[data-offline-pack]")!;
    const seen: { state: string; said: string; progress: boolean }[] = ((window as unknown as { seen: unknown[] }).seen = []) as never;
    const record = () => seen.push({ state: box.dataset.offlineState!, said: box.querySelector("[data-offline-status]")!.textContent!, progress: !box.querySelector<HTMLElement>("[data-offline-progress]")!.hidden });
    new MutationObserver(record).observe(box, { subtree: true, attributes: true, childList: true, characterData: true });
  });
}
const recorded = () => page.evaluate(() => (window as unknown as { seen: { state: string; said: string; progress: boolean }[] }).seen);

/** A search with the network off: Pagefind's files must come from the pack. */
async function searchOffline(code: string, query: string): Promise<number> {
  const response = await page.goto(url(`/${code}/search/?q=${encodeURIComponent(query)}`));
  expect(response?.fromServiceWorker()).toBe(true);
  await page.waitForSelector("[data-search-ui][data-search-done]", { timeout: 20_000 });
  return page.$$eval("[data-search-results] > li", (items) => items.length);
}

describe("the offline pack", () => {
  test("nothing is stored before the reader asks: the control on the home and About pages only reads", async () => {
    for (const urlPath of ["/en/", "/en/about/this-guide/"]) {
      await page.goto(url(urlPath));
      expect(await offlineState(page, ["idle"])).toBe("idle");
      expect(await page.$eval("[data-offline-save]", (b) => (b as HTMLElement).offsetHeight > 0 && b.textContent)).toBe(dictionary("en")["offline.save"]);
      expect(await page.$eval("[data-offline-remove]", (b) => (b as HTMLElement).hidden)).toBe(true);
    }
    expect(await storedPack(page)).toEqual(NOTHING);
  });

  test("Save stores exactly the build's list for English, shows and announces progress, then the size stored", async () => {
    const t = dictionary("en");
    await page.goto(url("/en/"));
    await offlineState(page, ["idle"]);
    await recordControl();
    expect(await pressSave(page)).toBe("ready");
    const seen = await recorded();
    const summary = JSON.parse(readFileSync(path.join(DIST, "en", OFFLINE_SUMMARY), "utf8")) as { files: number; bytes: number };
    const saying = new RegExp(`^${t["offline.saving"]!.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace("{done}", "(\\d+)").replace("{total}", String(summary.files))}$`);
    const progress = seen.filter((s) => s.state === "saving" && saying.test(s.said));
    expect(progress.length, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(progress.every((s) => s.progress)).toBe(true);
    expect(await page.$eval("[data-offline-status]", (s) => s.getAttribute("role"))).toBe("status");

    const stored = await storedPack(page);
    expect(stored.workers).toEqual(["/en/"]);
    expect(Object.keys(stored.caches)).toEqual([`afg-offline-precache-v2-${url("/en/")}`]);
    const listed = offlinePackFiles(DIST, locale("en")).map(packUrl).sort();
    expect(Object.values(stored.caches)[0]).toEqual(listed);
    expect(listed.filter((u) => !/^\/(en|assets|pagefind)\//.test(u) || u.endsWith(".pdf"))).toEqual([]);
    expect(listed).toEqual(expect.arrayContaining(["/en/", "/en/search/", "/pagefind/pagefind.js", "/pagefind/pagefind-entry.json"]));

    const bytes = await cachedBytes(page);
    expect(bytes).toBe(summary.bytes);
    const size = new Intl.NumberFormat("en", { style: "unit", unit: "megabyte", maximumFractionDigits: 1 }).format(bytes / 1e6);
    expect(await page.$eval("[data-offline-status]", (s) => s.textContent)).toBe(t["offline.ready"]!.replace("{size}", size));
    expect(await page.$eval("[data-offline-remove]", (b) => (b as HTMLElement).offsetHeight > 0)).toBe(true);
  });

  test("with the network off, three reference pages and a search work in English, from the pack alone, with no CSP violation", async () => {
    // Every request the pages make must be one the pack holds: a miss would go to the network (workbox's fallback).
    const listed = new Set(offlinePackFiles(DIST, locale("en")).map(packUrl));
    const asked: string[] = [];
    const onRequest = (request: { url(): string }) => request.url().startsWith(site.server.url) && asked.push(new URL(request.url()).pathname);
    page.on("request", onRequest);
    await page.setOfflineMode(true);
    try {
      for (const urlPath of ["/en/victim-contact/tips-for-advocates/", "/en/families-in-contact/overview/", "/en/reference/glossary/"]) {
        watch.clear();
        const response = await page.goto(url(urlPath));
        expect(response?.status(), urlPath).toBe(200);
        expect(response?.fromServiceWorker(), urlPath).toBe(true);
        expect(await page.$eval("h1", (h) => h.textContent!.trim().length)).toBeGreaterThan(0);
        // Styles and fonts came too: the page is laid out with the site's font, not a fallback.
        expect(await page.evaluate(() => document.fonts.check("16px 'Noto Sans'"))).toBe(true);
        expect({ csp: watch.cspViolations, errors: watch.consoleErrors }).toEqual({ csp: [], errors: [] });
      }
      expect(await searchOffline("en", "safety plan")).toBeGreaterThan(0);
      expect(asked.length).toBeGreaterThan(10);
      expect(asked.filter((p) => !listed.has(p))).toEqual([]);
    } finally {
      page.off("request", onRequest);
      await page.setOfflineMode(false);
    }
  });

  test("the quick exit works offline: the page is gone from the tab and its history, and Back does not bring it back", async () => {
    const first = url("/en/reference/glossary/");
    const second = url("/en/victim-contact/tips-for-advocates/");
    // A tab of its own, so its history holds only what this test opened.
    const tab = await site.newPage();
    await tab.setOfflineMode(true);
    try {
      await tab.goto(first);
      await tab.goto(second);
      const [, hidden] = await Promise.all([
        tab.waitForNavigation(),
        tab.evaluate(() => (document.querySelector<HTMLElement>("[data-quick-exit]")!.click(), getComputedStyle(document.body).visibility)),
      ]);
      expect(hidden).toBe("hidden");
      // The neutral site cannot load offline: the tab shows the browser's own error page for it, in place of the guide's page.
      const cdp = await tab.createCDPSession();
      const history = await cdp.send("Page.getNavigationHistory");
      expect(history.entries.map((e) => e.url)).toEqual(["about:blank", first, neutralUrl]);
      expect(history.currentIndex).toBe(2);
      expect(await tab.evaluate(() => document.querySelector("[data-quick-exit]"))).toBeNull();
      await tab.goBack();
      expect(tab.url()).toBe(first); // not the page the reader left
    } finally {
      await tab.close();
    }
  });

  test("Arabic saves beside English and works offline for a page and a search", async () => {
    await page.goto(url("/ar/"));
    expect(await pressSave(page)).toBe("ready");
    expect((await storedPack(page)).workers).toEqual(["/ar/", "/en/"]);
    await page.setOfflineMode(true);
    try {
      const response = await page.goto(url("/ar/victim-contact/tips-for-advocates/"));
      expect(response?.fromServiceWorker()).toBe(true);
      expect(await page.$eval("html", (h) => [h.lang, h.dir])).toEqual(["ar", "rtl"]);
      expect(await searchOffline("ar", dictionary("ar")["section.victim-contact"]!)).toBeGreaterThan(0);
    } finally {
      await page.setOfflineMode(false);
    }
  });

  test("Remove unregisters every worker and deletes every cache, leaving nothing", async () => {
    await page.goto(url("/ar/about/this-guide/"));
    expect(await offlineState(page, ["ready"])).toBe("ready");
    await pressRemove(page);
    expect(await page.$eval("[data-offline-status]", (s) => s.textContent)).toBe(dictionary("ar")["offline.removed"]);
    expect(await storedPack(page)).toEqual(NOTHING);
    await page.goto(url("/en/"));
    expect(await offlineState(page, ["idle"])).toBe("idle");
    expect(await storedPack(page)).toEqual(NOTHING);
  });

  test("clearing the site's data in the browser removes the pack too, as the online-safety page says", async () => {
    await page.goto(url("/en/"));
    expect(await pressSave(page)).toBe("ready");
    expect((await storedPack(page)).workers).toEqual(["/en/"]);
    const cdp = await page.createCDPSession();
    await cdp.send("Storage.clearDataForOrigin", { origin: site.server.url, storageTypes: "all" });
    await cdp.detach();
    expect(await storedPack(page)).toEqual(NOTHING);
  });

  test("when not everything can be removed, the control says so and Remove stays there to press again", async () => {
    const other = await site.newPage();
    try {
      // Fault injected: the browser refuses to delete a cache.
      await other.evaluateOnNewDocument(() => (CacheStorage.prototype.delete = () => Promise.reject(new Error("refused"))));
      await other.goto(url("/en/"));
      expect(await pressSave(other)).toBe("ready");
      await other.click("[data-offline-remove]");
      expect(await offlineState(other, ["error", "removed"])).toBe("error");
      expect(await other.$eval("[data-offline-status]", (s) => s.textContent)).toBe(dictionary("en")["offline.removeError"]);
      expect(await other.$eval("[data-offline-remove]", (b) => (b as HTMLButtonElement).hidden || (b as HTMLButtonElement).disabled)).toBe(false);
    } finally {
      await other.close();
      const cdp = await page.createCDPSession();
      await cdp.send("Storage.clearDataForOrigin", { origin: site.server.url, storageTypes: "all" });
      await cdp.detach();
    }
    expect(await storedPack(page)).toEqual(NOTHING);
  });

  test("on a poor connection Remove takes the saved pages away at once, says it is removing, then that it is done", async () => {
    // The browser's check for a newer worker hangs on the network; unregistering waits behind it.
    const proxy = await holdingProxy(site.server.url, /\/offline-worker\.js$/);
    const other = await site.newPage();
    const t = dictionary("en");
    try {
      await other.goto(proxy.url + "/en/");
      expect(await pressSave(other)).toBe("ready");
      proxy.hold();
      await other.goto(proxy.url + "/en/about/this-guide/");
      expect(await offlineState(other, ["ready"])).toBe("ready");
      void other.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update())).catch(() => {});
      await proxy.held();
      await other.click("[data-offline-remove]");
      await other.waitForFunction(async () => (await caches.keys()).length === 0, { timeout: 10_000, polling: 100 });
      expect(await offlineState(other, ["removing", "removed", "error"])).toBe("removing");
      expect(await other.$eval("[data-offline-status]", (s) => s.textContent)).toBe(t["offline.removing"]);
      proxy.release();
      expect(await offlineState(other, ["removed", "error"])).toBe("removed");
      expect(await storedPack(other)).toEqual(NOTHING);
    } finally {
      proxy.release();
      const cdp = await other.createCDPSession();
      await cdp.send("Storage.clearDataForOrigin", { origin: proxy.url, storageTypes: "all" });
      await other.close();
      await proxy.close();
    }
  });

  test("where the browser has no service workers, the control says so instead of failing", async () => {
    const other = await site.newPage();
    await other.evaluateOnNewDocument(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
    await other.goto(url("/en/"));
    expect(await offlineState(other, ["unsupported"])).toBe("unsupported");
    expect(await other.$eval("[data-offline-status]", (s) => s.textContent)).toBe(dictionary("en")["offline.unsupported"]);
    expect(await other.$eval("[data-offline-save]", (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await other.close();
  });
});

describe("a new build", () => {
  test("replaces the pack the next time the reader is online, once the guide's tabs are closed, never mixing two builds", async () => {
    // The frozen fixture site as built, and a next build of it: two pages changed, its workers made by the build's own stage.
    const work = mkdtempSync(path.join(tmpdir(), "afg-offline-update-"));
    const next = path.join(work, "next");
    const served = path.join(work, "served");
    cpSync(FIXTURE_DIST, next, { recursive: true });
    const changed = ["/en/", "/en/reference/glossary/"];
    for (const urlPath of changed) {
      const file = path.join(next, urlPath, "index.html");
      writeFileSync(file, readFileSync(file, "utf8").replace("</h1>", " (next build)</h1>"));
    }
    await offlineStage.run({ options: { content: FIXTURE_CONTENT, out: next, print: false, search: true }, staging: next, internal: work, sourceOf: new Map(), log: () => {}, report: {} });
    symlinkSync(FIXTURE_DIST, served);
    const host = await openSite(served);
    const at = (urlPath: string) => host.server.url + urlPath;
    const headings = async (tab: Page) => {
      const seen: string[] = [];
      for (const urlPath of changed) {
        const response = await tab.goto(at(urlPath));
        expect(response?.fromServiceWorker(), urlPath).toBe(true);
        seen.push(await tab.$eval("h1", (h) => h.textContent!));
      }
      return seen;
    };
    try {
      const reader = await host.newPage();
      await reader.goto(at("/en/"));
      expect(await pressSave(reader)).toBe("ready");
      const before = await headings(reader);
      expect(before.some((h) => h.includes("(next build)"))).toBe(false);

      // The next build goes live. Online, the reader's next page makes the browser fetch the new worker, which
      // stores the new pack beside the old one and waits: this tab goes on seeing the build it started with.
      rmSync(served);
      symlinkSync(next, served);
      await reader.goto(at("/en/reference/glossary/"));
      await reader.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting), { timeout: 60_000, polling: 100 });
      expect(await headings(reader)).toEqual(before);

      // Once no tab of the guide is open, the new pack takes over whole, and holds only the new build.
      await reader.close();
      const later = await host.newPage();
      await later.goto(at("/")); // outside the pack's scope, so this tab does not hold the old worker
      await later.waitForFunction(async () => {
        const registration = await navigator.serviceWorker.getRegistration("/en/");
        return !registration?.waiting && registration?.active?.state === "activated";
      }, { timeout: 60_000, polling: 100 });
      await later.setOfflineMode(true);
      expect(await headings(later)).toEqual(before.map((h) => h.replace(/$/, " (next build)")));
      await later.setOfflineMode(false);
      const stored = await storedPack(later);
      expect(stored.workers).toEqual(["/en/"]);
      const summary = JSON.parse(readFileSync(path.join(next, "en", OFFLINE_SUMMARY), "utf8")) as { files: number };
      expect(Object.values(stored.caches).flat()).toHaveLength(summary.files); // the old build's entries are gone
    } finally {
      const cleaner = await host.newPage();
      const cdp = await cleaner.createCDPSession();
      await cdp.send("Storage.clearDataForOrigin", { origin: host.server.url, storageTypes: "all" });
      await host.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("a save that fails part-way", () => {
  test("says so and leaves nothing of that language: a file of the pack missing from the server", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "afg-offline-broken-"));
    const broken = path.join(work, "site");
    cpSync(FIXTURE_DIST, broken, { recursive: true });
    rmSync(path.join(broken, "en", "reference", "glossary", "index.html")); // listed in the worker, now answered 404
    const host = await openSite(broken);
    try {
      const tab = await host.newPage();
      await tab.goto(host.server.url + "/en/");
      expect(await pressSave(tab)).toBe("error");
      expect(await tab.$eval("[data-offline-status]", (s) => s.textContent)).toBe(dictionary("en")["offline.error"]);
      expect(await storedPack(tab)).toEqual(NOTHING);
    } finally {
      await host.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
