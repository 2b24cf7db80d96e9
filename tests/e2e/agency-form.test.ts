// An agency's own printables with only a browser, in real Chromium against dist/: the agency form on a card's and a
// handout's preview, in English, Arabic and Chinese, printed with page.pdf({ preferCSSPageSize: true }) and read back
// with poppler beside the build's own PDF of that printable (trim size, pages, the agency in the text layer, every
// other word the same); the office-printer sheet; a packet built on the catalog and downloaded; and privacy: no
// request leaves the page while the form is used, nothing is stored unless asked, Forget removes it, and the quick
// exit still works (and typing capitals does not trigger it) with a field focused.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFArray, PDFDict, PDFHexString, PDFDocument, PDFName, PDFString } from "pdf-lib";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { localOrganization } from "../../scripts/eleventy/filters/local-organization.ts";
import { pressShift, typeWithShift } from "../helpers/keyboard.ts";
import { CONTENT, DIST, FIXTURE_CONTENT, FIXTURE_DIST } from "../helpers/paths.ts";
import { comparable, pdfInfo, poppler } from "../helpers/pdf-text.ts";
import { openSite } from "../helpers/site-browser.ts";

const data = (file: string) => JSON.parse(readFileSync(path.join(CONTENT, "_data", file), "utf8"));
const organization = data("organization.json");
const neutralOrigin = new URL(data("site.json").neutralExitUrl).origin;
const dictionary = (code: string) => data(`i18n/${code}.json`) as Record<string, string>;
const fixtureOrganization = JSON.parse(readFileSync(path.join(FIXTURE_CONTENT, "_data", "organization.json"), "utf8")) as { name: string };
const AGENCY = { name: "Riverside Family Safety Center", phone: "555-010-2200", text: "Text SAFE to 55501", website: "https://riverside-safety.example", hours: "weekdays 8am to 6pm" };

let site: Awaited<ReturnType<typeof openSite>>;
let out: string;
beforeAll(async () => {
  site = await openSite();
  out = mkdtempSync(path.join(tmpdir(), "afg-agency-"));
});
afterAll(async () => {
  await site.close();
  rmSync(out, { recursive: true, force: true });
});

/** A tab that records every request after `watch.from()`, refuses any to another origin, and answers the neutral site. */
async function tab() {
  const page = await site.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setRequestInterception(true);
  const seen: string[] = [];
  const offSite: string[] = [];
  let counting = false;
  page.on("request", (request) => {
    const url = request.url();
    if (counting) seen.push(url);
    if (url.startsWith(neutralOrigin)) return void request.respond({ status: 200, contentType: "text/html", body: "<title>neutral</title>neutral" });
    if (url.startsWith(site.server.url) || url.startsWith("blob:") || url.startsWith("data:")) return void request.continue();
    offSite.push(url);
    void request.abort();
  });
  return { page, seen, offSite, count: () => ((counting = true), seen.splice(0)) };
}

/** Opens the form and waits until the paper's print fonts are all loaded (after which typing fetches nothing). */
async function openForm(page: Page): Promise<void> {
  await page.click("[data-agency-form] summary");
  await page.waitForSelector("[data-agency-form][data-state=ready]:not([data-pending])", { timeout: 60_000 });
}

const visit = (page: Page, url: string) => page.goto(site.server.url + url, { waitUntil: "networkidle0" });

/** Types into the named fields, leaves the last one, and waits for the paper to be fitted again. */
async function fill(page: Page, values: Record<string, string>): Promise<void> {
  for (const [field, value] of Object.entries(values)) {
    await page.$eval(`[name=agency-${field}]`, (input) => ((input as HTMLInputElement).value = ""));
    await page.type(`[name=agency-${field}]`, value);
  }
  await page.keyboard.press("Tab");
  await page.waitForSelector("[data-agency-form]:not([data-pending])");
}

/**
 * Text without spaces or hyphens: lines break elsewhere when the type is a step smaller (and pdftotext drops a hyphen
 * that ends a line), the letters and their order do not.
 */
const flat = (s: string, dir: string) => comparable(s, dir).replace(/[\s\u002d\u2010\u2011]+/g, "");

/**
 * A PDF's text without each value, looked for after the "Local help" label: whole, or word by word where right-to-left
 * lines put a number or a Latin word elsewhere in the line. Each value must be there.
 */
function without(file: string, values: string[], { dir, after }: { dir: string; after: string }): string {
  const all = flat(poppler("pdftotext", [file, "-"]), dir);
  const start = all.indexOf(flat(after, dir));
  expect(start, `"${after}" in ${file}`).toBeGreaterThan(-1);
  const before = all.slice(0, start);
  let text = all.slice(start);
  for (const value of values) {
    const whole = flat(value, dir);
    if (text.includes(whole)) {
      text = text.replace(whole, "");
      continue;
    }
    for (const word of value.split(/\s+/).map((w) => flat(w, dir)).filter(Boolean)) {
      expect(text, `"${word}" of "${value}" in ${file}`).toContain(word);
      text = text.replace(word, "");
    }
  }
  return before + text.replaceAll("·", "");
}

const cases = ["en", "ar", "zh-hans"].flatMap((code) => [
  { code, slug: "partnering-card", built: `${code}/print/partnering-card.pdf` },
  { code, slug: "advocate-tips-handout", built: `${code}/print/advocate-tips-handout-letter.pdf` },
]);

// Six tabs at once: most of their time is waiting on fonts and Chromium's printing.
describe("printed by the browser with an agency's details", () => {
  test.concurrent.each(cases.map((c) => [`/${c.code}/print/${c.slug}/`, c] as const))("%s: the trim size and page count of the build's PDF, the agency in the text layer, every other word the same; nothing fetched, stored or put in the URL", async (_, { code, slug, built }) => {
    const { page, offSite, count } = await tab();
    const url = `/${code}/print/${slug}/`;
    count();
    await visit(page, url);
    count();
    await openForm(page);
    const fontsOnly = count();
    expect(fontsOnly.every((u) => new URL(u).pathname.startsWith("/assets/fonts/")), fontsOnly.join("\n")).toBe(true);
    await fill(page, AGENCY);
    expect(await page.$$eval(".print-paper [data-fit-overflow]", (boxes) => boxes.length)).toBe(0);
    expect(await page.$eval(".print-paper .local-help__phone a", (a) => a.textContent)).toBe(AGENCY.phone);
    const file = path.join(out, `${code}-${slug}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true, waitForFonts: true }));

    expect(count(), "requests while typing and printing").toEqual([]);
    expect(offSite).toEqual([]);
    expect(page.url()).toBe(site.server.url + url);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);

    const theirs = pdfInfo(path.join(DIST, built));
    const ours = pdfInfo(file);
    expect([ours.pages, Math.round(ours.width), Math.round(ours.height)]).toEqual([theirs.pages, Math.round(theirs.width), Math.round(theirs.height)]);
    const dir = code === "ar" ? "rtl" : "ltr";
    const t = dictionary(code);
    const national = localOrganization(organization, code);
    const websiteLabel = AGENCY.website.replace("https://", "");
    const localHelp = { dir, after: t["print.localHelp"]! };
    const ourText = without(file, [AGENCY.name, AGENCY.phone, AGENCY.text, websiteLabel, AGENCY.hours], localHelp);
    const builtText = without(path.join(DIST, built), [national.name, national.phone, national.tty, t["print.tty"]!, national.text, national.websiteLabel, national.hours, national.note], localHelp);
    expect(ourText).toBe(builtText);
    await page.close();
  });
});

test("a sheet for the office printer: the card twice on each Letter side, the build's sheet size and page count", async () => {
  const { page } = await tab();
  await visit(page, "/en/print/partnering-card/");
  await openForm(page);
  await fill(page, { name: AGENCY.name, phone: AGENCY.phone });
  await page.click("#print-paper-sheet-letter");
  await page.waitForSelector("[data-agency-form]:not([data-pending])");
  expect(await page.$$eval("[data-office-sheets] .office-sheet", (sheets) => sheets.length)).toBe(2);
  const file = path.join(out, "sheet.pdf");
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true, waitForFonts: true }));
  const theirs = pdfInfo(path.join(DIST, "en/print/partnering-card-letter.pdf"));
  const ours = pdfInfo(file);
  expect([ours.pages, Math.round(ours.width), Math.round(ours.height)]).toEqual([theirs.pages, 612, 792]);
  const front = poppler("pdftotext", ["-f", "1", "-l", "1", file, "-"]);
  expect(front.split(AGENCY.name).length - 1).toBe(2);
  await page.close();
});

describe("privacy of the form", () => {
  test("nothing is stored unless Remember on this device is ticked; then one key, restored on the next preview; Forget removes it", async () => {
    const { page } = await tab();
    await visit(page, "/en/print/advocate-tips-handout/");
    await openForm(page);
    await fill(page, { name: AGENCY.name, phone: AGENCY.phone });
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.click("#agency-remember");
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    expect(Object.keys(stored)).toHaveLength(1);
    expect(JSON.parse(Object.values(stored)[0]!)).toMatchObject({ "agency-name": AGENCY.name, "agency-phone": AGENCY.phone });
    await page.goto(`${site.server.url}/es/print/partnering-card/`, { waitUntil: "load" });
    await page.waitForSelector("[data-agency-form][open][data-state=ready]:not([data-pending])", { timeout: 60_000 });
    expect(await page.$eval("[name=agency-name]", (i) => (i as HTMLInputElement).value)).toBe(AGENCY.name);
    expect(await page.$eval(".print-paper .local-help__name", (p) => p.textContent)).toBe(AGENCY.name);
    await page.click("[data-agency-forget]");
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.$eval("#agency-remember", (box) => (box as HTMLInputElement).checked)).toBe(false);
    await page.close();
  });

  test("with a field focused, capitals typed with Shift never leave; Shift pressed three times on its own does", async () => {
    const { page } = await tab();
    const url = `${site.server.url}/ar/print/partnering-card/`;
    await visit(page, "/ar/print/partnering-card/");
    await openForm(page);
    await page.focus("[name=agency-name]");
    await typeWithShift(page, "Riverside Family Safety Center");
    await new Promise((r) => setTimeout(r, 300));
    expect(page.url()).toBe(url);
    await Promise.all([page.waitForNavigation(), pressShift(page, 3)]);
    expect(page.url().startsWith(neutralOrigin)).toBe(true);
    await page.close();
  });
});

describe("the packet builder", () => {
  /** Lets this tab save downloads into `dir`, and resolves with the saved file's path when one completes. */
  async function downloads(page: Page, dir: string): Promise<() => Promise<string>> {
    const cdp = await page.createCDPSession();
    await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: dir, eventsEnabled: true });
    return () =>
      new Promise((resolve) => {
        const done = (event: { state: string }) => {
          if (event.state !== "completed") return;
          cdp.off("Browser.downloadProgress", done);
          resolve(path.join(dir, readdirSync(dir).find((f) => f.endsWith(".pdf"))!));
        };
        cdp.on("Browser.downloadProgress", done);
      });
  }

  test("two printables become one PDF with a cover, the right page count, bookmarks, language and title; built again offline; nothing from another origin", async () => {
    const { page, offSite, seen, count } = await tab();
    const dir = mkdtempSync(path.join(out, "download-"));
    const saved = await downloads(page, dir);
    count();
    await visit(page, "/en/print/");
    expect(seen.some((u) => u.includes("packet-pdf")), "pdf-lib loaded before it is needed").toBe(false);
    await page.click("[data-packet-builder] summary");
    await page.waitForSelector("[data-packet-builder][data-state=ready]");
    const before = count();
    await page.click("#packet-item-partnering-card");
    await page.click("#packet-item-advocate-tips-handout");
    await page.click("#packet-paper-a4");
    await page.type("[name=agency-name]", AGENCY.name);
    await page.type("[name=agency-phone]", AGENCY.phone);
    expect(count(), "requests while choosing and typing").toEqual([]);
    const download = saved();
    await page.click("[data-packet-build]");
    const file = await download;

    const card = pdfInfo(path.join(DIST, "en/print/partnering-card-a4.pdf"));
    const handout = pdfInfo(path.join(DIST, "en/print/advocate-tips-handout-a4.pdf"));
    const packet = pdfInfo(file);
    expect(packet.pages).toBe(1 + card.pages + handout.pages);
    expect([Math.round(packet.width), Math.round(packet.height)]).toEqual([595, 842]);
    expect(packet.tagged).toBe(true);
    expect(packet.title).toContain(AGENCY.name);
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText()).toBe("en");
    const bookmarks: string[] = [];
    let item = doc.catalog.lookup(PDFName.of("Outlines"), PDFDict).lookupMaybe(PDFName.of("First"), PDFDict);
    for (; item; item = item.lookupMaybe(PDFName.of("Next"), PDFDict)) bookmarks.push(item.lookup(PDFName.of("Title"), PDFHexString).decodeText());
    expect(bookmarks).toEqual([dictionary("en")["print.packet.cover"], card.title, handout.title]);
    // The cover is a figure whose text alternative carries the agency; the pages after it are numbered.
    const parts = doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict).lookup(PDFName.of("K"), PDFDict).lookup(PDFName.of("K"), PDFArray);
    const cover = parts.lookup(0, PDFDict).lookup(PDFName.of("K"), PDFArray).lookup(0, PDFDict);
    expect(cover.get(PDFName.of("S"))).toBe(PDFName.of("Figure"));
    expect(cover.lookup(PDFName.of("Alt"), PDFHexString).decodeText()).toContain(AGENCY.name);
    expect(parts.size()).toBe(3);
    expect(poppler("pdftotext", ["-f", "2", "-l", "2", file, "-"]).trim().split("\n").at(-1)).toBe("2");

    expect(offSite).toEqual([]);
    expect([...before, ...seen].every((u) => u.startsWith(site.server.url) || u.startsWith("blob:"))).toBe(true);
    // Once loaded, the builder needs no connection for the same printables.
    rmSync(file);
    await page.setOfflineMode(true);
    const again = saved();
    await page.click("#packet-paper-a4");
    await page.click("[data-packet-build]");
    expect(pdfInfo(await again).pages).toBe(packet.pages);
    await page.setOfflineMode(false);
    await (await page.createCDPSession()).send("Browser.setDownloadBehavior", { behavior: "default" });
    await page.close();
  });
});

describe("the form's messages, word for word (the frozen fixture site)", () => {
  let fixture: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    fixture = await openSite(FIXTURE_DIST);
  });
  afterAll(async () => fixture.close());
  const fixtureDictionary = (code: string) => JSON.parse(readFileSync(path.join(FIXTURE_CONTENT, "_data", "i18n", `${code}.json`), "utf8")) as Record<string, string>;
  const message = (page: Page, field: string) => page.$eval(`#agency-${field}-error`, (p) => ((p as HTMLElement).hidden ? "" : p.textContent));

  test.each(["en", "ar"])("%s: a phone with letters, a website that is not http(s), a name too long: one message beside each, and none of them on the paper", async (code) => {
    const t = fixtureDictionary(code);
    const page = await fixture.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${fixture.server.url}/${code}/print/partnering-card/`, { waitUntil: "load" });
    await openForm(page);
    const national = await page.$eval(".print-paper .local-help", (help) => help.textContent);
    await fill(page, { name: "R".repeat(81), phone: "555-CALL-NOW", website: "ftp://files.riverside-safety.example" });
    expect(await message(page, "phone")).toBe(t["agency.error.phone"]);
    expect(await message(page, "website")).toBe(t["agency.error.website"]);
    const number = new Intl.NumberFormat(code);
    expect(await message(page, "name")).toBe(t["agency.error.tooLong"]!.replace("{max}", number.format(80)).replace("{count}", number.format(81)));
    expect(await message(page, "text")).toBe("");
    expect(await page.$$eval("[aria-invalid=true]", (inputs) => inputs.map((i) => (i as HTMLInputElement).name))).toEqual(["agency-name", "agency-phone", "agency-website"]);
    expect(await page.$eval(".print-paper .local-help", (help) => help.textContent)).toBe(national);
    await page.close();
  });

  test("a note too long for the card's back panel: which panel, about how many lines, what to shorten", async () => {
    const t = fixtureDictionary("en");
    const page = await fixture.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${fixture.server.url}/en/print/partnering-card/`, { waitUntil: "load" });
    await openForm(page);
    const note = "Walk-ins welcome at our downtown office and at the two county courthouses; interpreters in every language on request, free; childcare during appointments.";
    await fill(page, { ...AGENCY, note });
    const status = await page.$eval("[data-agency-status]", (p) => p.textContent!);
    const lines = Number(/(\d+)/.exec(status)?.[1] ?? 1); // how many depends on the fonts; what is said does not
    const over = lines === 1 ? t["agency.fit.overOne"]! : t["agency.fit.over"]!.replace("{lines}", String(lines));
    const fields = new Intl.ListFormat("en", { type: "disjunction" }).format(["agency.note", "agency.website", "agency.name"].map((key) => t["agency.fit.field"]!.replace("{field}", t[key]!)));
    expect(status).toBe(`${over.replace("{part}", t["print.card.back"]!)} ${t["agency.fit.shorten"]!.replace("{fields}", fields)}`);
    expect(await page.$$eval(".print-paper [data-fit-overflow]", (boxes) => boxes.map((b) => (b as HTMLElement).dataset.fitLabel))).toEqual(["panel 8"]);
    // Beside the national line, it also says the other choice.
    await page.click("#agency-placement-beside");
    await page.waitForSelector("[data-agency-form]:not([data-pending])");
    const option = t["agency.placement.instead"]!.replace("{name}", fixtureOrganization.name);
    expect(await page.$eval("[data-agency-status]", (p) => p.textContent!)).toMatch(new RegExp(`${t["agency.fit.instead"]!.replace("{option}", option).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await page.close();
  });
});
