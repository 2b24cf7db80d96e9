// Print stage vs two baselines on the same print pages: a warm Puppeteer loop (one browser, one
// page, page.pdf per page print: the honest one) and bare `chromium --print-to-pdf` once per page
// (a process per print, which flatters us). PDFs per second, cold (empty cache) and warm, real site;
// and the print stage cold without the bilingual and discreet editions, against it with them (each
// compared with a warm loop over the same page prints). `-- --no-bare` leaves out bare Chromium (20 min).
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer";
import { launchBrowser } from "../browser.ts";
import { buildFolder } from "../stage.ts";
import { printSite, type PrintStats } from "../print.ts";
import { manifestSchema, MANIFEST_PATH, type PrintJob } from "../print/manifest.ts";
import { serveStatic } from "../static-server.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The print pages as bare Chromium would print them, one process per page, `workers` at a time. */
async function bareChromium(site: string, urls: string[], out: string, workers: number): Promise<number> {
  const server = await serveStatic(site);
  const chromium = puppeteer.executablePath();
  const queue = urls.map((url, i) => ({ url, file: path.join(out, `${i}.pdf`) }));
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: workers }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { url, file } = next;
          await new Promise<void>((resolve, reject) => {
            const child = spawn(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", `--print-to-pdf=${file}`, server.url + url], { stdio: "ignore" });
            child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`chromium exited ${code} on ${url}`))));
          });
        }
      }),
    );
    return (performance.now() - started) / 1000;
  } finally {
    await server.close();
  }
}

/** The print pages as a warm Puppeteer loop prints them: one browser, one page, page.pdf for each in turn. */
async function warmPuppeteer(site: string, urls: string[]): Promise<number> {
  const server = await serveStatic(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const started = performance.now();
    for (const url of urls) {
      await page.goto(server.url + url, { waitUntil: "load" });
      await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, waitForFonts: true });
    }
    return (performance.now() - started) / 1000;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A print page of the editions (issue 15): a bilingual handout or a discreet card. */
const isEdition = (job: PrintJob) => /\/(bilingual|discreet)\/$/.test(job.url);

/** A fresh copy of the built (unprinted) site, printed with the given cache (only some jobs, if asked). */
async function ours(site: string, cacheDir: string, only?: (job: PrintJob) => boolean): Promise<PrintStats> {
  const copy = mkdtempSync(path.join(tmpdir(), "afg-bench-print-site-"));
  try {
    cpSync(site, copy, { recursive: true });
    return await printSite(copy, { cacheDir, internal: buildFolder(site), ...(only ? { only } : {}) });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "afg-bench-print-"));
  try {
    const site = path.join(dir, "site");
    const built = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", site, "--no-print"], { cwd: root, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(buildFolder(site), MANIFEST_PATH), "utf8")));
    const printsOf = (jobs: PrintJob[]) => jobs.flatMap((job) => job.renders.map((r) => `${job.url}?paper=${r.variant}`));
    const before = manifest.jobs.filter((job) => !isEdition(job));
    const urls = printsOf(manifest.jobs);
    const urlsBefore = printsOf(before);

    const without = await ours(site, path.join(dir, "cache-without"), (job) => !isEdition(job));
    const cache = path.join(dir, "cache");
    const cold = await ours(site, cache);
    const warm = await ours(site, cache);
    const loopBefore = await warmPuppeteer(site, urlsBefore);
    const loopEditions = await warmPuppeteer(site, printsOf(manifest.jobs.filter(isEdition)));
    const loop = loopBefore + loopEditions;
    const loopRate = urls.length / loop;
    let bare: number | undefined;
    if (!process.argv.includes("--no-bare")) {
      const bareOut = path.join(dir, "bare");
      mkdirSync(bareOut);
      bare = await bareChromium(site, urls, bareOut, 2);
    }

    const rate = (n: number, s: number) => (n / s).toFixed(2);
    const bareRate = bare ? urls.length / bare : undefined;
    const vsBare = (r: number) => (bareRate ? `${(r / bareRate).toFixed(2)}×` : "—");
    const row = (name: string, s: PrintStats, prints: number, loopSeconds: number) =>
      `| ${name} | ${s.seconds.toFixed(1)} | ${s.printed} printed, ${s.cached} cached | ${prints} | ${rate(prints, s.seconds)} | ${s.pdfs} | ${rate(s.pdfs, s.seconds)} | ${(loopSeconds / s.seconds).toFixed(2)}× | ${vsBare(prints / s.seconds)} |`;
    const loopRow = (name: string, prints: number, seconds: number) => `| ${name} | ${seconds.toFixed(1)} | — | ${prints} | ${rate(prints, seconds)} | ${prints} | ${rate(prints, seconds)} | — | ${vsBare(prints / seconds)} |`;
    return [
      "## Print stage vs a warm Puppeteer loop and bare Chromium",
      "",
      `The real site: ${manifest.jobs.length} print pages (cards, handouts, packets, reference pages, and ${manifest.jobs.length - before.length} bilingual and discreet editions), ${urls.length} page prints (${urlsBefore.length} without the editions).`,
      "Ours: one browser, 2 pages, fit check, tagged PDF, metadata, sheets, packets and thumbnails. Warm loop: one browser, one page, `page.goto` and `page.pdf` (tagged, CSS page size) per page print, nothing else, over the same page prints as the row it is compared with. Bare: `chromium --headless --no-sandbox --disable-gpu --print-to-pdf` once per page print, 2 at a time, nothing else.",
      "",
      "| run | seconds | print pages | page prints | page prints / s | PDFs written | PDFs / s | vs warm loop | vs bare |",
      "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      row("print stage, cold cache, without the editions", without, urlsBefore.length, loopBefore),
      row("print stage, cold cache, with the editions", cold, urls.length, loop),
      row("print stage, warm cache", warm, urls.length, loop),
      loopRow("warm Puppeteer loop, without the editions", urlsBefore.length, loopBefore),
      loopRow("warm Puppeteer loop, the editions only", urls.length - urlsBefore.length, loopEditions),
      loopRow("warm Puppeteer loop, all", urls.length, loop),
      ...(bare ? [`| bare chromium --print-to-pdf | ${bare.toFixed(1)} | — | ${urls.length} | ${bareRate!.toFixed(2)} | ${urls.length} | ${bareRate!.toFixed(2)} | ${(bareRate! / loopRate).toFixed(2)}× | 1.00× |`] : []),
      "",
      `The editions make the cold print stage ${(cold.seconds / without.seconds).toFixed(2)}× as long (${without.seconds.toFixed(1)} s → ${cold.seconds.toFixed(1)} s; the bound is 2×); a warm loop takes ${(loop / loopBefore).toFixed(2)}× as long for the same extra page prints.`,
      "",
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
