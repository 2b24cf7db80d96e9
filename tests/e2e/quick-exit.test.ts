// The quick exit, in real Chromium: button click, Shift ×3, and the no-JavaScript link.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "puppeteer";
import { openSite } from "../helpers/site-browser.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { CONTENT } from "../helpers/paths.ts";

const neutralUrl = (JSON.parse(readFileSync(path.join(CONTENT, "_data", "site.json"), "utf8")) as { neutralExitUrl: string }).neutralExitUrl;
let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

/** A tab where the neutral site answers with a stub page (the network is never used). */
async function tabWithNeutralStub(): Promise<Page> {
  const page = await site.browser.newPage();
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.url().startsWith(new URL(neutralUrl).origin)) void request.respond({ status: 200, contentType: "text/html", body: "<title>neutral</title>neutral" });
    else if (request.url().startsWith(site.server.url)) void request.continue();
    else void request.abort();
  });
  return page;
}

describe("quick exit", () => {
  test("every page's button is a visible plain link to the neutral site", async () => {
    const page = await site.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 375, height: 700 });
    await page.goto(`${site.server.url}/en/victim-contact/tips-for-advocates/`);
    const button = await page.$eval("[data-quick-exit]", (a) => {
      const box = a.getBoundingClientRect();
      return { href: (a as HTMLAnchorElement).href, top: box.top, height: box.height, visible: box.width > 0 };
    });
    expect(button.href).toBe(neutralUrl.endsWith("/") ? neutralUrl : new URL(neutralUrl).href);
    expect(button.visible).toBe(true);
    expect(button.top).toBeLessThan(60);
    expect(button.height).toBeGreaterThanOrEqual(44);
    await page.close();
  });

  test("stays in view when a phone reader scrolls (sticky)", async () => {
    const page = await site.browser.newPage();
    await page.setViewport({ width: 375, height: 700 });
    await page.goto(`${site.server.url}/en/victim-contact/tips-for-advocates/`);
    await page.evaluate(() => window.scrollTo(0, 2000));
    const top = await page.$eval("[data-quick-exit]", (a) => a.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(60);
    await page.close();
  });

  test("clicking replaces the page, so Back does not return to it", async () => {
    const page = await tabWithNeutralStub();
    await page.goto(`${site.server.url}/en/`);
    await page.goto(`${site.server.url}/en/victim-contact/tips-for-advocates/`);
    await Promise.all([page.waitForNavigation(), page.click("[data-quick-exit]")]);
    expect(page.url()).toContain(new URL(neutralUrl).host);
    await page.goBack();
    expect(page.url()).toBe(`${site.server.url}/en/`);
    await page.close();
  });

  test("pressing Shift three times within five seconds leaves", async () => {
    const page = await tabWithNeutralStub();
    await page.goto(`${site.server.url}/en/families-in-contact/overview/`);
    await Promise.all([
      page.waitForNavigation(),
      (async () => {
        for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      })(),
    ]);
    expect(page.url()).toContain(new URL(neutralUrl).host);
    await page.close();
  });

  test("two Shift presses, or Escape, do not leave", async () => {
    const page = await tabWithNeutralStub();
    const url = `${site.server.url}/en/families-in-contact/overview/`;
    await page.goto(url);
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Escape");
    await new Promise((r) => setTimeout(r, 300));
    expect(page.url()).toBe(url);
    await page.close();
  });
});
