// What a first visit costs a phone, read from Chromium's network log (never from file sizes), for every
// template a budget holds in every language: home, glossary, search, A-Z and reference pages at most
// 30 KB gzip with one render-blocking stylesheet and no font; the print catalogue and print previews at
// most 60 KB before the agency form is touched. Real content: invariants only. `npm run bench -- weight`
// visits every page; here each template's likeliest heaviest pages (the largest HTML, and any page with
// an image) stand for the rest, since pages of one template load the same assets.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type FirstVisit, firstVisit, PHONE } from "../../scripts/bench/first-visit.ts";
import { BUDGET_KB, type VisitTarget, visitTargets } from "../../scripts/bench/visit-targets.ts";
import { elements } from "../../scripts/html/parse.ts";
import { loadLocales, publishedLocales } from "../../scripts/eleventy/i18n/locales.ts";
import { openSite } from "../helpers/site-browser.ts";
import { CONTENT, DIST } from "../helpers/paths.ts";

const codes = publishedLocales(loadLocales(path.join(CONTENT, "_data"))).map((l) => l.code);

let site: Awaited<ReturnType<typeof openSite>>;
let browser: Browser;
let phone: Page;
beforeAll(async () => {
  site = await openSite();
  browser = site.context.browser();
  phone = await site.newPage();
  await phone.setViewport(PHONE);
});
afterAll(async () => site.close());

const kb = (visit: FirstVisit) => Math.round(visit.gzip / 102.4) / 10;

/** Of each template's pages, the one with the largest HTML and every one that shows an image. */
function likeliestHeaviest(targets: VisitTarget[]): VisitTarget[] {
  const html = (t: VisitTarget) => readFileSync(path.join(DIST, t.path, "index.html"), "utf8");
  const chosen = new Set<VisitTarget>();
  for (const template of new Set(targets.map((t) => t.template))) {
    const pages = targets.filter((t) => t.template === template).map((t) => ({ t, html: html(t) }));
    chosen.add(pages.reduce((a, b) => (b.html.length > a.html.length ? b : a)).t);
    for (const page of pages) if (elements(page.html, (e) => e.name === "img" && !e.attribs.src?.startsWith("/assets/icon.")).length) chosen.add(page.t);
  }
  return [...chosen];
}

describe.each(codes)("%s", (code) => {
  const targets = visitTargets(DIST, code);

  test("every template is there to measure: home, search, A-Z, glossary, reference pages, catalogue, previews", () => {
    expect(new Set(targets.map((t) => t.template))).toEqual(new Set(["home", "search (before a query)", "A-Z", "glossary", "reference page", "print catalogue", "print preview"]));
  });

  test("each template's first visit is within its budget; a web page blocks on one stylesheet and fetches no font", async () => {
    const over: string[] = [];
    for (const target of likeliestHeaviest(targets)) {
      const visit = await firstVisit(phone, site.server.url + target.path);
      expect(visit.requests, target.path).toBeGreaterThan(2);
      if (kb(visit) > target.budgetKb) over.push(`${target.path}: ${kb(visit)} KB (budget ${target.budgetKb})`);
      if (target.budgetKb === BUDGET_KB.page) {
        expect(visit.blockingStylesheets, target.path).toHaveLength(1);
        expect(visit.fonts, target.path).toEqual([]);
      }
    }
    expect(over).toEqual([]);
  });
});

test("a print preview fetches no font until its agency form is opened, then its paper fonts (self-hosted)", async () => {
  const preview = visitTargets(DIST, "zh-hans").find((t) => t.template === "print preview" && t.path.endsWith("-card/"))!;
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on("request", (request) => void (request.resourceType() === "font" && fonts.push(new URL(request.url()).pathname)));
    await page.goto(site.server.url + preview.path, { waitUntil: "networkidle0" });
    expect(fonts).toEqual([]);
    await page.click("[data-agency-form] summary");
    await page.waitForSelector('[data-agency-form][data-state="ready"]');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.startsWith("/assets/fonts/"))).toBe(true);
  } finally {
    await context.close();
  }
});
