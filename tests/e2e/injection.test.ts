// Content and translation strings carrying script, javascript: links, event handlers or
// attribute-breaking quotes come out inert: built from a fixture, checked in real Chromium.
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { contentWith, runBuild } from "../helpers/build-fixture.ts";
import { openSite, watchPage } from "../helpers/site-browser.ts";

const ATTACK = `"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'`;
const PAGE = "en/victim-contact/tips-for-advocates.md";
const AR_PAGE = "ar/victim-contact/tips-for-advocates.md";
let site: ReturnType<typeof contentWith>;
let browserSite: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = contentWith([
    { file: PAGE, find: "title: Practice tips for victim contact advocates", replace: `title: '${ATTACK.replace(/'/g, "''")}'` },
    { file: PAGE, find: "description: Practical tips for advocates and liaisons who call victims about an abusive partner intervention program.", replace: `description: 'x${ATTACK.replace(/'/g, "''")}'` },
    // (An attribute block setting a handler or a style, {#id onclick=…}, stops the build: tests/fixtures/bad-input/attribute-mid-paragraph.json.)
    { file: PAGE, find: "That call may need some extra thought. {#tips-audience}", replace: `${ATTACK} [click](javascript:window.__pwned=3) [ok](/en/) {#tips-audience}` },
    { file: "_data/i18n/en.json", find: '"page.sources": "Sources"', replace: `"page.sources": ${JSON.stringify(ATTACK)}` },
    { file: "_data/i18n/en.json", find: '"page.lastReviewed": "Last reviewed {date}"', replace: `"page.lastReviewed": ${JSON.stringify(`Last reviewed {date} ${ATTACK}`)}` },
    // A translation, and a right-to-left one: the same escaping everywhere.
    { file: AR_PAGE, find: "title: نصائح عملية لمناصري التواصل مع الضحايا", replace: `title: '${ATTACK.replace(/'/g, "''")}'` },
    { file: "_data/i18n/ar.json", find: '"page.sources": "المصادر"', replace: `"page.sources": ${JSON.stringify(ATTACK)}` },
  ]);
  const out = path.join(site.dir, "out");
  const result = runBuild(["--content", site.content, "--out", out, "--no-print", "--no-search"]);
  if (result.status !== 0) throw new Error(result.output);
  browserSite = await openSite(out);
});
afterAll(async () => {
  await browserSite?.close();
  site.cleanup();
});

test.each(["/en/victim-contact/tips-for-advocates/", "/ar/victim-contact/tips-for-advocates/"])("%s: hostile strings render as text and run nothing", async (urlPath) => {
  const page = await browserSite.newPage();
  const watch = await watchPage(page, browserSite.server.url);
  let dialog = false;
  page.on("dialog", (d) => ((dialog = true), void d.dismiss()));
  await page.goto(`${browserSite.server.url}${urlPath}`, { waitUntil: "networkidle0" });
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    inlineScripts: [...document.scripts].filter((s) => !s.src && s.type !== "application/ld+json").length,
    imgs: document.querySelectorAll('img[src="x"]').length,
    handlers: [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name)),
    styles: document.querySelectorAll("[style]").length,
    jsLinks: [...document.querySelectorAll("a")].filter((a) => a.href.startsWith("javascript:")).length,
    title: document.querySelector("h1")?.textContent,
    text: document.body.textContent ?? "",
  }));
  expect(found.pwned).toBeUndefined();
  expect(found.inlineScripts).toBe(0);
  expect(found.imgs).toBe(0);
  expect(found.handlers).toEqual([]);
  expect(found.styles).toBe(0);
  expect(found.jsLinks).toBe(0);
  expect(found.title).toBe(ATTACK); // shown, as text
  expect(found.text).toContain("<script>window.__pwned=1</script>");
  expect(dialog).toBe(false);
  expect(watch.offOrigin).toEqual([]);
  await page.close();
});
