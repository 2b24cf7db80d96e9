// Runs every stage into a staging folder and swaps it into dist/ only when all succeed,
// so a failed build leaves the previous dist/ exactly as it was.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { inputsFingerprint, isUpToDate, recordBuild } from "./build-inputs.ts";
import { checkLinks, formatBrokenLinks } from "./check-links.ts";
import { printStage } from "./print.ts";
import { releaseStage } from "./release.ts";
import { MANIFEST_PATH } from "./print/manifest.ts";
import { SEARCH_RECORDS_PATH } from "./eleventy/search-pages.ts";
import { ContentError, ContentErrors } from "./eleventy/content-error.ts";
import { offlineStage } from "./offline.ts";
import { searchStage } from "./search.ts";
import { sitemapStage } from "./sitemap.ts";
import { serverFilesStage } from "./server/stage.ts";
import { StageError, buildFolder, type BuildOptions, type Stage, type StageContext } from "./stage.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Files Eleventy writes for the print and search stages, moved out of the site into the build folder. */
const BUILD_INTERNALS = [MANIFEST_PATH, SEARCH_RECORDS_PATH];

/** What the stages did (PDFs printed, pages indexed), in the build folder: tests and the bench read it. */
export const BUILD_REPORT = "build-report.json";

const stages: Stage[] = [
  releaseStage,
  {
    name: "site",
    async run(ctx) {
      const eleventy = new Eleventy(ctx.options.content, ctx.staging, { configPath: path.join(root, "eleventy.config.ts"), quietMode: true });
      // Our own message (explain) names file and field; Eleventy's log would bury it in stack traces.
      if (!process.env.DEBUG_BUILD) eleventy.disableLogger();
      const results = (await eleventy.write()) as unknown as [unknown, { inputPath: string; outputPath: string }[]];
      for (const r of results[1] ?? []) if (r.outputPath) ctx.sourceOf.set(path.resolve(r.outputPath), path.relative(root, r.inputPath));
      // What Eleventy writes for the later stages is not for readers: it leaves the site for the build folder.
      mkdirSync(ctx.internal, { recursive: true });
      for (const file of BUILD_INTERNALS) renameSync(path.join(ctx.staging, file), path.join(ctx.internal, file));
    },
  },
  sitemapStage,
  printStage,
  searchStage,
  // After search: each language's worker precaches its Pagefind files too.
  offlineStage,
  serverFilesStage,
  {
    name: "links",
    async run(ctx) {
      // Files only a skipped stage makes (the search index with --no-search) are not there to link to.
      const madeBySkippedStage = (href: string) => !ctx.options.search && href.startsWith("/pagefind/");
      const { broken, external } = checkLinks(ctx.staging, ctx.sourceOf, madeBySkippedStage);
      if (broken.length) throw new StageError(`${broken.length} broken internal link(s):\n${formatBrokenLinks(broken)}`);
      writeFileSync(path.join(ctx.internal, "external-links.txt"), external.join("\n") + "\n");
    },
  },
];

/** The most useful message in an error chain: our own content errors verbatim, else the deepest cause. */
export function explain(error: unknown): string {
  const seen: unknown[] = [];
  let current: unknown = error;
  while (current && !seen.includes(current)) {
    seen.push(current);
    if (current instanceof ContentError || current instanceof ContentErrors || current instanceof StageError) return current.message;
    const next = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
    if (!next) break;
    current = next;
  }
  const messages = seen.map((e) => (e as Error).message).filter(Boolean);
  return messages.join("\n  caused by: ");
}

/**
 * What the build prints when it stops: the stage's message, and that the previous output stands.
 *
 * @example
 * failureReport(new StageError('Build failed in stage "site":\nx.md: title: …'), "dist") // → "\n✗ Build failed … left untouched."
 */
export function failureReport(error: unknown, out: string): string {
  const shown = path.relative(process.cwd(), path.resolve(out)) || "dist";
  return `\n✗ ${error instanceof StageError ? error.message : explain(error)}\n\nThe previous ${shown}/ was left untouched.`;
}

/** The folder a build of `out` works in, beside it (so the swap is a rename on one file system): site/ and build/. */
export function stagingFolder(out: string): string {
  return path.join(path.dirname(path.resolve(out)), `.staging-${path.basename(out)}-${process.pid}`);
}


export async function build(options: BuildOptions): Promise<void> {
  const out = path.resolve(options.out);
  const staging = stagingFolder(out);
  rmSync(staging, { recursive: true, force: true });
  const ctx: StageContext = {
    options: { ...options, content: path.resolve(options.content), out },
    staging: path.join(staging, "site"),
    internal: path.join(staging, "build"),
    sourceOf: new Map(),
    log: options.log ?? ((line) => console.log(line)),
    report: {},
  };
  const active = stages.filter((s) => !s.optional || options[s.optional]);
  // Nothing to do when nothing it reads has changed and nobody touched its output (--no-cache builds anyway).
  const inputs = inputsFingerprint(ctx.options);
  if (options.cache !== false && isUpToDate(out, buildFolder(out), inputs)) {
    ctx.log(`✓ nothing changed since the last build: ${path.relative(process.cwd(), out) || "."}/ left as it is (--no-cache builds anyway)`);
    return;
  }
  try {
    for (const stage of active) {
      const started = performance.now();
      try {
        await stage.run(ctx);
      } catch (error) {
        throw new StageError(`Build failed in stage "${stage.name}":\n${explain(error)}`);
      }
      ctx.log(`✓ ${stage.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
    writeFileSync(path.join(ctx.internal, BUILD_REPORT), JSON.stringify(ctx.report, null, 1) + "\n");
    swapInto(ctx.staging, out);
    swapInto(ctx.internal, buildFolder(out));
    recordBuild(out, buildFolder(out), inputs);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Replaces `out` with `staging` in two renames on the same file system (the site, then the build folder). */
function swapInto(staging: string, out: string): void {
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: path.join(root, "content") },
      out: { type: "string", default: path.join(root, "dist") },
      "no-print": { type: "boolean", default: false },
      "no-search": { type: "boolean", default: false },
      "no-cache": { type: "boolean", default: false },
      release: { type: "boolean", default: false },
    },
  });
  const started = performance.now();
  build({ content: values.content, out: values.out, print: !values["no-print"], search: !values["no-search"], cache: !values["no-cache"], release: values.release })
    .then(() => console.log(`Built ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`))
    .catch((error: unknown) => {
      console.error(failureReport(error, values.out));
      process.exit(1);
    });
}
