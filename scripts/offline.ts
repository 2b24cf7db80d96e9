// Build stage: one service worker per language, /<code>/offline-worker.js: the worker of
// layouts/components/offline-pack/offline-worker.js (Workbox precaching, bundled with esbuild and kept between
// builds, nothing imported at run time) with the language's file list in place of self.__WB_MANIFEST, each file
// with its revision, read from the staging folder's own files (scripts/offline/pack-files.ts) after the search
// index exists. Nothing registers it:
// the reader's press on "Keep this guide on this device" does. Beside it, /<code>/offline-pack.json tells
// that control how many files and bytes the pack holds, for its progress.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { cachedBundle } from "./eleventy/esbuild-cache.ts";
import { loadSiteData } from "./eleventy/site-data.ts";
import { offlinePackFiles } from "./offline/pack-files.ts";
import { StageError, type Stage } from "./stage.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const WORKER_SOURCE = path.join(root, "layouts", "components", "offline-pack", "offline-worker.js");

/** The worker and its summary, in each language's folder: the worker's scope is that folder. */
export const OFFLINE_WORKER = "offline-worker.js";
export const OFFLINE_SUMMARY = "offline-pack.json";

/** Where Workbox's precaching takes its list (the name its build tools use): the list replaces it. */
const INJECTION_POINT = "self.__WB_MANIFEST";

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

/** The worker with Workbox's runtime bundled in, one classic script, waiting for its file list; kept between builds. */
function workerBundle(): string {
  return cachedBundle(WORKER_SOURCE, () => {
    const result = buildSync({ entryPoints: [WORKER_SOURCE], bundle: true, format: "iife", platform: "browser", target: "es2022", minify: true, legalComments: "none", define: { "process.env.NODE_ENV": '"production"' }, write: false, metafile: true, absWorkingDir: root });
    return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs).map((file) => path.resolve(root, file)) };
  }).code;
}

/**
 * The precache list of a language: each file's URL and a revision (an MD5 of its bytes, as Workbox's own tools
 * write it), so a new build's worker fetches only what changed and keeps it apart from what the old worker
 * serves until it takes over.
 *
 * @example
 * precacheManifest(site, ["/en/index.html"]) // → { entries: [{ url: "/en/", revision: "5d41…" }], bytes: 20480 }
 */
export function precacheManifest(site: string, files: string[]): { entries: { url: string; revision: string }[]; bytes: number } {
  let bytes = 0;
  const entries = files.map((file) => {
    const content = readFileSync(path.join(site, file));
    bytes += content.length;
    return { url: packUrl(file), revision: createHash("md5").update(content).digest("hex") };
  });
  return { entries, bytes };
}

/** Writes the language's worker with exactly `files` as its precache list; returns what the pack holds. */
function writeWorker(site: string, code: string, files: string[], bundle: string): OfflineSummary {
  const at = bundle.indexOf(INJECTION_POINT);
  if (at < 0 || bundle.indexOf(INJECTION_POINT, at + 1) >= 0) throw new StageError(`offline pack /${code}/: ${WORKER_SOURCE} must name ${INJECTION_POINT} exactly once`);
  const { entries, bytes } = precacheManifest(site, files);
  writeFileSync(path.join(site, code, OFFLINE_WORKER), bundle.slice(0, at) + JSON.stringify(entries) + bundle.slice(at + INJECTION_POINT.length));
  return { files: entries.length, bytes };
}

export const offlineStage: Stage = {
  name: "offline",
  async run(ctx) {
    const { locales } = loadSiteData(ctx.options.content);
    const bundle = workerBundle();
    const sizes: string[] = [];
    for (const locale of locales) {
      let files: string[];
      try {
        files = offlinePackFiles(ctx.staging, locale);
      } catch (error) {
        throw new StageError(`offline pack /${locale.code}/: ${(error as Error).message}`);
      }
      if (!files.length) continue;
      const summary = writeWorker(ctx.staging, locale.code, files, bundle);
      writeFileSync(path.join(ctx.staging, locale.code, OFFLINE_SUMMARY), JSON.stringify(summary) + "\n");
      sizes.push(`${locale.code} ${summary.files} files ${(summary.bytes / 1e6).toFixed(1)} MB`);
    }
    ctx.log(`  offline packs: ${sizes.join("; ")}`);
  },
};
