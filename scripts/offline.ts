// Build stage: one service worker per language, /<code>/offline-worker.js: the worker of
// layouts/components/offline-pack/offline-worker.js (Workbox precaching, bundled once with esbuild, nothing
// imported at run time) with the language's file list injected by workbox-build, read from the staging
// folder's own files (scripts/offline/pack-files.ts) after the search index exists. Nothing registers it:
// the reader's press on "Keep this guide on this device" does. Beside it, /<code>/offline-pack.json tells
// that control how many files and bytes the pack holds, for its progress.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { injectManifest } from "workbox-build";
import { loadSiteData } from "./eleventy/site-data.ts";
import { offlinePackFiles } from "./offline/pack-files.ts";
import { StageError, type Stage } from "./stage.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const WORKER_SOURCE = path.join(root, "layouts", "components", "offline-pack", "offline-worker.js");

/** The worker and its summary, in each language's folder: the worker's scope is that folder. */
export const OFFLINE_WORKER = "offline-worker.js";
export const OFFLINE_SUMMARY = "offline-pack.json";

/** Characters a glob pattern reads as more than themselves: a file named with one could not be listed exactly. */
const GLOB_SPECIAL = /[*?[\]{}()!+@\\]/;

/** What the control reads before saving: the files and bytes the pack will hold. */
export interface OfflineSummary {
  files: number;
  bytes: number;
}

/**
 * The URL a file is requested at: a page by its folder ("/en/a/"), anything else by its path.
 *
 * @example
 * packUrl("en/victim-contact/tips/index.html") // → "/en/victim-contact/tips/"
 */
export function packUrl(globbed: string): string {
  const url = "/" + globbed.replace(/^\//, "");
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}

/** The worker with Workbox's runtime bundled in, one classic script, waiting for its file list. */
function bundleWorker(out: string): void {
  buildSync({ entryPoints: [WORKER_SOURCE], outfile: out, bundle: true, format: "iife", platform: "browser", target: "es2022", minify: true, legalComments: "none", define: { "process.env.NODE_ENV": '"production"' }, absWorkingDir: root });
}

/**
 * Writes the language's worker: the bundled worker with exactly `files` as its precache list, each with a
 * revision (an MD5 of its bytes), so a new build's worker fetches only what changed and keeps it apart from
 * what the old worker serves until it takes over.
 */
async function writeWorker(site: string, code: string, files: string[], bundled: string): Promise<OfflineSummary> {
  const special = files.filter((f) => GLOB_SPECIAL.test(f));
  if (special.length) throw new StageError(`offline pack /${code}/: file names with glob characters cannot be listed exactly: ${special.join(", ")}`);
  const result = await injectManifest({
    swSrc: bundled,
    swDest: path.join(site, code, OFFLINE_WORKER),
    globDirectory: site,
    globPatterns: files.map((f) => f.slice(1)),
    manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: packUrl(e.url) })), warnings: [] })],
    // Every file the pack needs, however large: a file left out would be missing offline.
    maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
  });
  if (result.warnings.length) throw new StageError(`offline pack /${code}/: ${result.warnings.join("; ")}`);
  if (result.count !== files.length) throw new StageError(`offline pack /${code}/: ${files.length} files listed but Workbox found ${result.count}`);
  return { files: result.count, bytes: result.size };
}

export const offlineStage: Stage = {
  name: "offline",
  async run(ctx) {
    const { locales } = loadSiteData(ctx.options.content);
    const bundled = path.join(ctx.internal, "offline-worker.bundle.js");
    bundleWorker(bundled);
    const sizes: string[] = [];
    for (const locale of locales) {
      let files: string[];
      try {
        files = offlinePackFiles(ctx.staging, locale);
      } catch (error) {
        throw new StageError(`offline pack /${locale.code}/: ${(error as Error).message}`);
      }
      if (!files.length) continue;
      const summary = await writeWorker(ctx.staging, locale.code, files, bundled);
      writeFileSync(path.join(ctx.staging, locale.code, OFFLINE_SUMMARY), JSON.stringify(summary) + "\n");
      sizes.push(`${locale.code} ${summary.files} files ${(summary.bytes / 1e6).toFixed(1)} MB`);
    }
    rmSync(bundled);
    ctx.log(`  offline packs: ${sizes.join("; ")}`);
  },
};
