// Print stage vs bare `chromium --headless --print-to-pdf` on the same print pages: PDFs per
// second, cold (empty cache) and warm (every printable unchanged), on the real site.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer";
import { printSite, type PrintStats } from "../print.ts";
import { manifestSchema, MANIFEST_PATH } from "../print/manifest.ts";
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

/** A fresh copy of the built (unprinted) site, printed with the given cache. */
async function ours(site: string, cacheDir: string): Promise<PrintStats> {
  const copy = mkdtempSync(path.join(tmpdir(), "afg-bench-print-site-"));
  try {
    cpSync(site, copy, { recursive: true });
    return await printSite(copy, { cacheDir });
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
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(site, MANIFEST_PATH), "utf8")));
    const urls = manifest.jobs.flatMap((job) => job.renders.map((r) => `${job.url}?paper=${r.variant}`));

    const cache = path.join(dir, "cache");
    const cold = await ours(site, cache);
    const warm = await ours(site, cache);
    const bareOut = path.join(dir, "bare");
    mkdirSync(bareOut);
    const bare = await bareChromium(site, urls, bareOut, 2);

    const rate = (n: number, s: number) => (n / s).toFixed(2);
    const bareRate = urls.length / bare;
    const row = (name: string, s: PrintStats) =>
      `| ${name} | ${s.seconds.toFixed(1)} | ${s.printed} printed, ${s.cached} cached | ${s.renders} | ${rate(urls.length, s.seconds)} | ${s.pdfs} | ${rate(s.pdfs, s.seconds)} | ${(urls.length / s.seconds / bareRate).toFixed(2)}× |`;
    return [
      "## Print stage vs bare Chromium",
      "",
      `The real site: ${manifest.jobs.length} print pages (cards, handouts, packets), ${urls.length} page prints (a handout and a packet on Letter and A4).`,
      "Ours: one browser, 2 pages, fit check, tagged PDF, metadata, sheets, packets and thumbnails. Bare: `chromium --headless --no-sandbox --disable-gpu --print-to-pdf` once per page print, 2 at a time, nothing else.",
      "",
      "| run | seconds | print pages | page prints | page prints / s | PDFs written | PDFs / s | vs bare (page prints / s) |",
      "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
      row("print stage, cold cache", cold),
      row("print stage, warm cache", warm),
      `| bare chromium --print-to-pdf | ${bare.toFixed(1)} | — | ${urls.length} | ${bareRate.toFixed(2)} | ${urls.length} | ${bareRate.toFixed(2)} | 1.00× |`,
      "",
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
