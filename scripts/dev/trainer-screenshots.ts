// The screenshots of the "For trainers" page (content/<code>/about/for-trainers.md), in every published language,
// taken from the built site: the agency form filled in with a sample agency, a card on a sheet for the office
// printer, and the packet builder. Run after npm run build:
//   npx tsx scripts/dev/trainer-screenshots.ts [dist]   → assets/screens/<code>/{agency-form,office-sheet,packet-builder}.webp
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "puppeteer";
import { launchBrowser } from "../browser.ts";
import { loadLocales, publishedLocales } from "../eleventy/i18n/locales.ts";
import { serveStatic } from "../static-server.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The sample agency of content/README.md: a made-up name, a 555-01xx number (reserved for fiction), an .example address. */
const SAMPLE = { name: "Riverside Family Safety Center", phone: "555-010-2200", text: "Text SAFE to 55501", website: "https://riverside-safety.example", hours: "Mon–Fri 8–6" };
const CARD = "partnering-card";
const ITEMS = ["partnering-card", "advocate-tips-handout", "victim-contact-calls-card"];

async function typeSample(page: Page): Promise<void> {
  for (const [field, value] of Object.entries(SAMPLE)) await page.type(`[name=agency-${field}]`, value);
  await page.keyboard.press("Tab");
}

async function shoot(page: Page, selector: string, file: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await (await page.$(selector))!.screenshot({ path: file as `${string}.webp`, type: "webp", quality: 72 });
  console.log(path.relative(root, file));
}

const site = process.argv[2] ?? path.join(root, "dist");
const server = await serveStatic(site);
const browser = await launchBrowser();
try {
  for (const { code } of publishedLocales(loadLocales(path.join(root, "content", "_data")))) {
    const out = path.join(root, "assets", "screens", code);
    mkdirSync(out, { recursive: true });
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 1800 }); // tall enough that no element needs scrolling under the quick-exit bar
    await page.goto(`${server.url}/${code}/print/${CARD}/`, { waitUntil: "networkidle0" });
    await page.click("[data-agency-form] summary");
    await page.waitForSelector("[data-agency-form][data-state=ready]:not([data-pending])");
    await typeSample(page);
    await page.waitForSelector("[data-agency-form]:not([data-pending])");
    await shoot(page, "[data-agency-form]", path.join(out, "agency-form.webp"));
    await page.click("#print-paper-sheet-letter");
    await page.waitForSelector("[data-agency-form]:not([data-pending])");
    await shoot(page, "[data-office-sheets] .office-sheet", path.join(out, "office-sheet.webp"));
    await page.goto(`${server.url}/${code}/print/`, { waitUntil: "networkidle0" });
    await page.click("[data-packet-builder] summary");
    for (const item of ITEMS) await page.click(`#packet-item-${item}`);
    await page.type("[name=agency-name]", SAMPLE.name);
    await page.type("[name=agency-phone]", SAMPLE.phone);
    await shoot(page, "[data-packet-builder]", path.join(out, "packet-builder.webp"));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
