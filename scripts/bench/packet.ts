// The packet builder (layouts/components/packet-builder) in Chromium against dist/: how long a 12-item packet takes
// from pressing the button to the PDF being ready, on a first visit (the PDF module, the language's data, the twelve
// PDFs and the cover's fonts all fetched) and built again on the same page (all in memory), against two baselines in
// the same run: the browser only fetching the same twelve PDFs, and Node merging them with the print stage's own
// mergeTagged (no cover, no page numbers, no browser).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PDFDocument } from "pdf-lib";
import type { Page } from "puppeteer";
import { launchBrowser } from "../browser.ts";
import { DEFAULT_LOCALE } from "../eleventy/i18n/locales.ts";
import { mergeTagged } from "../print/tagged.ts";
import { serveStatic } from "../static-server.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ITEMS = 12;
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Presses the build button and waits until the builder says it is done; milliseconds, measured in the page. */
async function build(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const details = document.querySelector("[data-packet-builder]")!;
        const started = performance.now();
        const watch = new MutationObserver(() => {
          if (details.hasAttribute("data-busy")) return;
          watch.disconnect();
          const link = details.querySelector<HTMLAnchorElement>("[data-packet-download] a");
          if (link?.href.startsWith("blob:")) resolve(performance.now() - started);
          else reject(new Error(document.querySelector("[data-packet-status]")?.textContent ?? "no packet"));
        });
        watch.observe(details, { attributes: true, attributeFilter: ["data-busy"] });
        details.querySelector<HTMLButtonElement>("[data-packet-build]")!.click();
      }),
  );
}

/** A fresh visit to the catalog with nothing cached, the first ITEMS printables ticked; their Letter PDFs. */
async function visit(page: Page, base: string): Promise<string[]> {
  await page.setCacheEnabled(false);
  await page.goto(`${base}/${DEFAULT_LOCALE}/print/`, { waitUntil: "networkidle0" });
  await page.click("[data-packet-builder] summary");
  await page.waitForSelector("[data-packet-builder][data-state=ready]");
  const boxes = (await page.$$("input[name=packet-item]")).slice(0, ITEMS);
  for (const box of boxes) await box.click();
  const slugs = await Promise.all(boxes.map((box) => box.evaluate((input) => (input as HTMLInputElement).value)));
  const data = (await (await fetch(`${base}/${DEFAULT_LOCALE}/print/packet-builder.json`)).json()) as { items: Record<string, { files: { letter: string } }> };
  return slugs.map((slug) => data.items[slug]!.files.letter);
}

export async function run(): Promise<string> {
  const dist = path.join(root, "dist");
  if (!existsSync(path.join(dist, DEFAULT_LOCALE, "print", "packet-builder.json"))) throw new Error("Build the site first (npm run build)");
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const cold: number[] = [];
  const warm: number[] = [];
  const fetchOnly: number[] = [];
  const node: number[] = [];
  let files: string[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await (await page.createCDPSession()).send("Browser.setDownloadBehavior", { behavior: "deny" });
      files = await visit(page, server.url);
      cold.push(await build(page));
      warm.push(await build(page));
      await page.setCacheEnabled(false);
      fetchOnly.push(await page.evaluate(async (urls) => {
        const started = performance.now();
        await Promise.all(urls.map(async (url) => (await fetch(url, { cache: "no-store" })).arrayBuffer()));
        return performance.now() - started;
      }, files));
      await page.close();
      const bytes = files.map((file) => readFileSync(path.join(dist, file)));
      const started = performance.now();
      await (await mergeTagged(bytes)).save({ useObjectStreams: false });
      node.push(performance.now() - started);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const pages = (await Promise.all(files.map(async (file) => (await PDFDocument.load(readFileSync(path.join(dist, file)))).getPageCount()))).reduce((a, b) => a + b, 0);
  const row = (name: string, values: number[]) => `| ${name} | ${median(values).toFixed(0)} | ${values.map((v) => v.toFixed(0)).join(", ")} |`;
  return [
    "## Packet builder in the browser (12 items)",
    "",
    `The first ${ITEMS} printables of the /${DEFAULT_LOCALE}/print/ catalog on US Letter (${pages} pages, plus the cover), built by the packet builder in headless Chromium against dist/ on 127.0.0.1: from pressing the button to the PDF being ready (cover drawn, parts merged with their tags and bookmarks, pages numbered, saved). First visit: nothing cached, so the PDF module (pdf-lib), the language's data, the ${ITEMS} PDFs and the cover's fonts are fetched. Again: the same page builds it a second time, from memory. Baselines in the same run: the page only fetching the same ${ITEMS} PDFs, and Node merging them with the print stage's mergeTagged (no cover, no numbers). ${RUNS} runs each, median.`,
    "",
    "| run | median (ms) | runs (ms) |",
    "| --- | ---: | --- |",
    row("packet, first visit", cold),
    row("packet, built again on the page", warm),
    row("baseline: fetch the 12 PDFs only (browser)", fetchOnly),
    row("baseline: mergeTagged of the 12 PDFs (Node)", node),
    "",
  ].join("\n");
}
