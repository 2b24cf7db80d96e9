// Print stage: every page listed in print-manifest.json (which the build keeps beside the site, in
// its build folder) becomes PDFs: printables (and a thumbnail each), and each reference page itself.
// It serves the staging folder on 127.0.0.1, opens one Chromium with a small pool of pages,
// lets each printable fit its own type (assets/js/print-fit.js) and fails the build, naming the
// file, the box and the language, if text still overflows at the floor; a reference page simply
// flows onto as many pages as it needs. Then it prints with the page's own CSS page size (or
// the manifest's paper), tagged, sets title, language, subject, author and fixed dates
// (pdf-lib), sets small pages n-up on sheets (tagged as figures), and appends PDFs for packets
// keeping their tags. A content hash of each page and everything it loads lets unchanged
// printables come from .cache/print/.
// It knows nothing about cards or handouts: the manifest and the page's data-* attributes say it all.
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import type { Browser, Page } from "puppeteer";
import { CACHE_ROOT, pruneEntries, storeEntry, touchEntry } from "./build-cache.ts";
import { InputHasher } from "./print/inputs.ts";
import { MANIFEST_PATH, manifestSchema, type PrintJob, type PrintManifest } from "./print/manifest.ts";
import type { PdfMeta } from "./print/pdf-meta.ts";
import { forbiddenWordIn } from "./print/forbidden-words.ts";
import { fillPlaceholders, type MadeFile } from "./print/placeholders.ts";
import { StageError, type Stage } from "./stage.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_CACHE_DIR = path.join(CACHE_ROOT, "print");

export interface PrintOptions {
  /** The folder holding print-manifest.json: the build folder in a build, else the site, where Eleventy writes it. */
  internal?: string;
  /** Folder for the content-hash cache, or false for none. */
  cacheDir?: string | false;
  /** Browser pages printing at once. */
  concurrency?: number;
  /** Print only the jobs this keeps (a bench measuring a part): the pages' download links are then left unfilled. */
  only?: (job: PrintJob) => boolean;
  log?: (line: string) => void;
}

export interface PrintStats {
  /** Print pages in the manifest. */
  jobs: number;
  printed: number;
  cached: number;
  /** The print pages printed in this run (the others came from the cache). */
  printedUrls: string[];
  /** Chromium page.pdf() calls. */
  renders: number;
  /** PDF files written. */
  pdfs: number;
  seconds: number;
}

/** What assets/js/print-fit.js reports for a page. */
interface FitUnit {
  label: string;
  size: number;
  base: number;
  floor: number;
  overflow: string[];
  /** Laid out as stacked halves because side by side did not fit (data-fit-stack). */
  stacked?: boolean;
}
interface FitResult {
  pages: number;
  folds: number[];
  units: FitUnit[];
}

/** Problems an editor fixes in content (overflow): collected across all pages, then reported together. */
class PrintProblem extends Error {}

interface CacheEntry {
  files: { path: string; pages?: number }[];
  notes: string[];
}

/** How messages name a box: `content/en/print/x.md: card "Title" panel 4 (lang en)`. */
function where(job: PrintJob, variant: string, box = ""): string {
  const paper = job.renders.length > 1 ? `, ${variant}` : "";
  return `${job.source}: ${job.kind} "${job.title}"${box ? ` ${box}` : ""} (lang ${job.code}${paper})`;
}

/** The browser and the PDF libraries, loaded only when a page is printed: a print stage served from the cache needs neither. */
async function printing() {
  return { ...(await import("./browser.ts")), ...(await import("./print/pdf-meta.ts")), ...(await import("./print/tagged.ts")), ...(await import("./print/impose.ts")) };
}

/** The Chromium Puppeteer launches: the environment's or .puppeteerrc.cjs's choice (what Puppeteer reads), else Puppeteer's own (loaded only then). */
async function chromiumPath(): Promise<string> {
  const configured = process.env.PUPPETEER_EXECUTABLE_PATH ?? (createRequire(import.meta.url)(path.join(ROOT, ".puppeteerrc.cjs")) as { executablePath?: string }).executablePath;
  return configured ?? (await import("puppeteer")).default.executablePath();
}

/** The identity of the print engine: this code and the Chromium binary. A change prints everything again. */
async function engineFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const here = path.join(ROOT, "scripts");
  for (const file of ["print.ts", ...readdirSync(path.join(here, "print")).map((f) => `print/${f}`)].sort()) hash.update(readFileSync(path.join(here, file)));
  const chromium = await chromiumPath();
  if (existsSync(chromium)) {
    const stat = statSync(chromium);
    hash.update(`${chromium} ${stat.size} ${stat.mtimeMs}`);
  }
  return hash.digest("hex");
}

/** Browser and server, started only when some page is not in the cache. */
class Engine {
  private started?: Promise<{ browser: Browser; server: StaticServer; pages: Page[] }>;

  constructor(private readonly root: string, private readonly size: number) {}

  start() {
    this.started ??= (async () => {
      const { launchBrowser } = await printing();
      const [server, browser] = await Promise.all([serveStatic(this.root), launchBrowser()]);
      const pages = await Promise.all(
        Array.from({ length: this.size }, async () => {
          const page = await browser.newPage();
          await page.setViewport({ width: 1280, height: 1600 });
          await page.emulateMediaType("print");
          return page;
        }),
      );
      return { browser, server, pages };
    })();
    return this.started;
  }

  async close(): Promise<void> {
    if (!this.started) return;
    const { browser, server } = await this.started;
    await browser.close();
    await server.close();
  }
}

/** Opens a print page and, when it fits its own type (print-fit.js), what the fit reports; overflow is a PrintProblem. */
async function open(page: Page, url: string, job: PrintJob, variant: string): Promise<FitResult | undefined> {
  const response = await page.goto(url, { waitUntil: "load" });
  if (!response?.ok()) throw new Error(`${job.source}: ${url} answered ${response?.status() ?? "nothing"}`);
  for (const href of job.stylesheets) await page.addStyleTag({ url: `${new URL(url).origin}${href}` });
  if (job.stylesheets.length) await page.evaluate('document.documentElement.setAttribute("data-paper-fonts", "")');
  if (!job.fit) return undefined;
  const fit = (await page.evaluate("window.printFit ? window.printFit.done : null")) as FitResult | null;
  if (!fit) throw new Error(`${job.source}: the print page ${job.url} did not run assets/js/print-fit.js`);
  const over = fit.units.filter((u) => u.overflow.length);
  if (over.length) {
    throw new PrintProblem(over.map((u) => `${where(job, variant, u.overflow.join(", "))}: text overflows at the ${u.floor} pt floor — shorten it`).join("\n"));
  }
  return fit;
}

/** The printed text of each box ([data-fit-box]) of the paper, then of each printed page as a whole (what lies outside boxes). */
const PRINTED_TEXT = `[...document.querySelectorAll("[data-print-page]")].flatMap((page, i) => [
  ...[...page.querySelectorAll("[data-fit-box]")].map((box) => ({ label: box.dataset.fitLabel || "", text: box.innerText })),
  { label: "page " + (i + 1), text: page.innerText + " " + [...page.querySelectorAll("img[alt], svg[aria-label]")].map((e) => e.getAttribute("alt") || e.getAttribute("aria-label")).join(" ") },
])`;

/** A job with forbidden words (a discreet card) that prints or carries one in its metadata is a PrintProblem naming the box. */
async function checkForbidden(page: Page, job: PrintJob, variant: string): Promise<void> {
  const words = job.forbidden ?? [];
  if (!words.length) return;
  const meta = [
    { label: "metadata (title)", text: job.title },
    { label: "metadata (subject)", text: job.subject },
    { label: "metadata (author)", text: job.author },
    { label: "metadata (keywords)", text: job.keywords.join(" ") },
    ...job.renders.flatMap((r) => r.sheets.map((s) => ({ label: `metadata (${s.paper} sheet text alternative)`, text: s.alt.join(" ") }))),
  ];
  const boxes = (await page.evaluate(PRINTED_TEXT)) as { label: string; text: string }[];
  for (const { label, text } of [...boxes, ...meta]) {
    const word = forbiddenWordIn(text, words);
    if (word) throw new PrintProblem(`${where(job, variant, label)}: says "${word}", a word this edition must not carry (content/_data/giveawayWords.json) — change the cover's print.discreet.title, or the ids the English card keeps in discreet:`);
  }
}

/** A WebP of the page's first printed page ([data-print-page]), as wide as the job asks (twice its slot in the catalog). */
async function thumbnail(page: Page, width: number): Promise<Uint8Array> {
  const box = (await page.evaluate(
    `(() => { const r = document.querySelector("[data-print-page]").getBoundingClientRect(); return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height }; })()`,
  )) as { x: number; y: number; width: number; height: number };
  return page.screenshot({ type: "webp", quality: 80, captureBeyondViewport: true, clip: { ...box, scale: width / box.width } });
}

/** Where a job prints: the local server's address, the published address the PDFs link, the site folder. */
interface JobTarget {
  base: string;
  siteUrl: string;
  root: string;
  /** Only measure the fit (another job has already failed, so nothing more is written). */
  checkOnly: boolean;
}

/** Prints one job's renders (and sheets, copies, appended packets, thumbnail) into root. */
async function runJob(page: Page, job: PrintJob, { base, siteUrl, root, checkOnly }: JobTarget): Promise<{ made: Map<string, MadeFile>; notes: string[]; renders: number }> {
  const { applyMeta, finalizePdf, imposeSheets, mergeTagged, saveStable, tagAsFigures } = await printing();
  const made = new Map<string, MadeFile>();
  const notes: string[] = [];
  const meta: PdfMeta = { title: job.title, lang: job.lang, subject: job.subject, author: job.author, keywords: job.keywords, date: job.date };
  const write = (file: string, bytes: Uint8Array, pages?: number) => {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, bytes);
    made.set(file, { bytes: bytes.length, pages });
  };
  let renders = 0;
  for (const [index, render] of job.renders.entries()) {
    const fit = await open(page, `${base}${job.url}?paper=${encodeURIComponent(render.variant)}`, job, render.variant);
    for (const u of fit?.units.filter((u) => u.size < u.base) ?? []) notes.push(`${where(job, render.variant, u.label)}: type set at ${u.size} pt (from ${u.base} pt) to fit`);
    for (const u of fit?.units.filter((u) => u.stacked) ?? []) notes.push(`${where(job, render.variant, u.label)}: two columns do not fit; printed as stacked halves`);
    if (index === 0) await checkForbidden(page, job, render.variant);
    if (checkOnly) continue;
    if (index === 0 && job.thumbnail) write(job.thumbnail.file, await thumbnail(page, job.thumbnail.width));

    const raw = await page.pdf({ preferCSSPageSize: true, ...(render.paper ? { format: render.paper } : {}), printBackground: true, tagged: true, outline: false, waitForFonts: true });
    renders++;
    const printed = await finalizePdf(raw, meta, { from: base, to: siteUrl });
    if (fit && printed.pages !== fit.pages) {
      throw new PrintProblem(
        `${where(job, render.variant)}: printed ${printed.pages} pages where the layout has ${fit.pages} — a page box is taller than its paper (check the print CSS)`,
      );
    }
    let bytes = printed.bytes;
    let pages = printed.pages;
    if (render.append.length) {
      const packet = await mergeTagged([bytes, ...render.append.map((file) => readFileSync(path.join(root, file)))]);
      applyMeta(packet, meta);
      bytes = await saveStable(packet);
      pages = packet.getPageCount();
    }
    write(render.file, bytes, pages);
    for (const copy of render.copies) write(copy, bytes, pages);
    for (const sheet of render.sheets) {
      const doc = await imposeSheets(printed.bytes, sheet, fit?.folds ?? []);
      tagAsFigures(doc, doc.getPageIndices().map((i) => sheet.alt[i % 2]!));
      applyMeta(doc, meta);
      write(sheet.file, await saveStable(doc), doc.getPageCount());
    }
  }
  return { made, notes, renders };
}

function readManifest(folder: string): PrintManifest {
  const file = path.join(folder, MANIFEST_PATH);
  if (!existsSync(file)) throw new StageError(`${MANIFEST_PATH} is missing from ${folder} (is printablesPlugin registered in eleventy.config.ts?)`);
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new StageError(`${MANIFEST_PATH}: ${parsed.error.issues[0]!.path.join(".")}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/** A cached file into the site as a hard link (no bytes copied now, none freed when the old site is removed), else a copy (another file system). */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

function cacheGet(dir: string, root: string): CacheEntry | undefined {
  const index = path.join(dir, "entry.json");
  if (!existsSync(index)) return undefined;
  const entry = JSON.parse(readFileSync(index, "utf8")) as CacheEntry;
  for (const f of entry.files) {
    const target = path.join(root, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    linkOrCopy(path.join(dir, "files", f.path), target);
  }
  touchEntry(dir);
  return entry;
}

function cachePut(dir: string, root: string, made: Map<string, MadeFile>, notes: string[]): void {
  storeEntry(dir, (tmp) => {
    for (const file of made.keys()) cpSync(path.join(root, file), path.join(tmp, "files", file));
    const entry: CacheEntry = { files: [...made].map(([p, m]) => ({ path: p, pages: m.pages })), notes };
    writeFileSync(path.join(tmp, "entry.json"), JSON.stringify(entry, null, 1));
  });
}

/** Fills the download links, sizes, page counts and thumbnails into every page that has placeholders. */
function fillSite(root: string, made: Map<string, MadeFile>): void {
  const missing: string[] = [];
  const lookup = (file: string): MadeFile | undefined => {
    const known = made.get(file);
    if (known) return known;
    const full = path.join(root, file);
    return existsSync(full) ? { bytes: statSync(full).size } : undefined;
  };
  for (const relative of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (!relative.endsWith(".html")) continue;
    const full = path.join(root, relative);
    const html = readFileSync(full, "utf8");
    if (!html.includes("data-print-")) continue;
    const before = missing.length;
    const filled = fillPlaceholders(html, lookup, missing);
    for (const file of missing.slice(before)) missing[missing.indexOf(file)] = `/${relative}: ${file}`;
    writeFileSync(full, filled);
  }
  if (missing.length) throw new StageError(`Pages link print files that were not made:\n${[...new Set(missing)].join("\n")}`);
}

/** One print stage's running state: what has been made, said and gone wrong so far. */
interface PrintRun {
  root: string;
  siteUrl: string;
  cacheDir: string | false;
  keyOf: (job: PrintJob) => string;
  made: Map<string, MadeFile>;
  notes: string[];
  problems: string[];
  stats: PrintStats;
}

/** A job's cache key: the engine, the job, the page's inputs and the PDFs it appends. */
function jobKey(fingerprint: string, hasher: InputHasher, job: PrintJob): string {
  return createHash("sha256")
    .update(fingerprint)
    .update(JSON.stringify(job))
    .update(hasher.page(job.url))
    .update(job.renders.flatMap((r) => r.append.map((f) => `${f} ${hasher.file(f)}`)).join("\n"))
    .digest("hex");
}

/** Takes every job whose inputs are unchanged from the cache into the site; returns the others, to print. */
function takeFromCache(run: PrintRun, jobs: PrintJob[]): { job: PrintJob; key: string }[] {
  const queue: { job: PrintJob; key: string }[] = [];
  for (const job of jobs) {
    const key = run.keyOf(job);
    const hit = run.cacheDir ? cacheGet(path.join(run.cacheDir, key), run.root) : undefined;
    if (!hit) {
      queue.push({ job, key });
      continue;
    }
    for (const f of hit.files) run.made.set(f.path, { bytes: statSync(path.join(run.root, f.path)).size, pages: f.pages });
    run.notes.push(...hit.notes);
    run.stats.cached++;
  }
  return queue;
}

/**
 * Prints the queue, each browser page taking the next job. After the first fit problem nothing more
 * is written, but the remaining jobs are still measured, so the build names every overflow at once.
 */
async function printQueue(run: PrintRun, engine: Engine, queue: { job: PrintJob; key: string }[]): Promise<void> {
  const { server, pages } = await engine.start();
  await Promise.all(
    pages.map(async (page) => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { job, key } = next;
        try {
          const result = await runJob(page, job, { base: server.url, siteUrl: run.siteUrl, root: run.root, checkOnly: run.problems.length > 0 });
          if (run.problems.length) continue;
          for (const [file, info] of result.made) run.made.set(file, info);
          run.notes.push(...result.notes);
          run.stats.printed++;
          run.stats.printedUrls.push(job.url);
          run.stats.renders += result.renders;
          if (run.cacheDir) cachePut(path.join(run.cacheDir, key), run.root, result.made, result.notes);
        } catch (error) {
          if (error instanceof PrintProblem) run.problems.push(error.message);
          else throw new Error(`Printing ${job.url} (${job.source}) failed: ${(error as Error).message}`, { cause: error });
        }
      }
    }),
  );
}

/**
 * Prints every page in the built site's print manifest into the site itself.
 *
 * @example
 * await printSite(".staging-dist-123") // → { jobs: 16, printed: 16, cached: 0, renders: 28, pdfs: 48, seconds: 21.3 }
 */
export async function printSite(root: string, options: PrintOptions = {}): Promise<PrintStats> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const all = readManifest(options.internal ?? root);
  const manifest = options.only ? { ...all, jobs: all.jobs.filter(options.only) } : all;
  const hasher = new InputHasher(root);
  const fingerprint = await engineFingerprint();
  const run: PrintRun = {
    root,
    siteUrl: manifest.siteUrl,
    cacheDir: options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir,
    keyOf: (job) => jobKey(fingerprint, hasher, job),
    made: new Map(),
    notes: [],
    problems: [],
    stats: { jobs: manifest.jobs.length, printed: 0, cached: 0, printedUrls: [], renders: 0, pdfs: 0, seconds: 0 },
  };
  const engine = new Engine(root, Math.max(1, options.concurrency ?? 2));
  // Packets append other jobs' PDFs, so they go second.
  const phases = [manifest.jobs.filter((j) => j.renders.every((r) => !r.append.length)), manifest.jobs.filter((j) => j.renders.some((r) => r.append.length))];
  try {
    for (const jobs of phases) {
      if (run.problems.length) break;
      const queue = takeFromCache(run, jobs);
      if (queue.length) await printQueue(run, engine, queue);
    }
  } finally {
    await engine.close();
  }
  if (run.problems.length) throw new StageError(run.problems.sort().join("\n"));

  if (!options.only) fillSite(root, run.made);
  if (run.cacheDir) pruneEntries(run.cacheDir);
  const { stats } = run;
  stats.pdfs = [...run.made.keys()].filter((f) => f.endsWith(".pdf")).length;
  stats.seconds = (performance.now() - started) / 1000;
  for (const note of run.notes.sort()) log(`  ${note}`);
  log(`  ${stats.jobs} print pages: ${stats.printed} printed, ${stats.cached} from cache; ${stats.pdfs} PDFs`);
  return stats;
}

export const printStage: Stage = {
  name: "print",
  optional: "print",
  async run(ctx) {
    const stats = await printSite(ctx.staging, { log: ctx.log, internal: ctx.internal, ...(ctx.options.cache === false ? { cacheDir: false as const } : {}) });
    ctx.report.print = { printed: stats.printedUrls.sort(), cached: stats.cached };
  },
};
