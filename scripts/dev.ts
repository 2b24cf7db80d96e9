// npm start: the development server. Builds into .dev/ (never dist/, so a dev session cannot leave a
// half-built site where the release goes), rebuilds incrementally on save, serves with live reload on
// 127.0.0.1 at --port N or $PORT (default 8080), and indexes search once the first build is done
// (again in the background after each rebuild) so the search page works too. No PDFs: npm run build.
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { buildSearchIndex } from "./search.ts";

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const DEV_OUTPUT = path.join(ROOT, ".dev");
const CONTENT = path.join(ROOT, "content");

/**
 * The port asked for: --port N (or --port=N), else $PORT, else 8080.
 *
 * @example
 * devPort(["--port", "3000"], {}) // → 3000
 */
export function devPort(args: string[], env: NodeJS.ProcessEnv): number {
  const flag = args.findIndex((a) => a === "--port" || a.startsWith("--port="));
  const value = flag === -1 ? env.PORT : args[flag]!.includes("=") ? args[flag]!.split("=")[1] : args[flag + 1];
  const port = Number(value ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port or PORT: expected a port number from 1 to 65535 (got "${value}")`);
  return port;
}

/** Indexes the dev site for search; a failure is reported, never fatal to the dev server. */
let indexing = Promise.resolve();
function reindex(): void {
  indexing = indexing.then(async () => {
    try {
      const started = performance.now();
      await buildSearchIndex(DEV_OUTPUT, CONTENT, false);
      console.log(`[dev] search indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      console.error(`[dev] search not indexed: ${(error as Error).message}`);
    }
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const port = devPort(process.argv.slice(2), process.env);
  const elev = new Eleventy(CONTENT, DEV_OUTPUT, {
    configPath: path.join(ROOT, "eleventy.config.ts"),
    runMode: "serve",
    quietMode: true,
    // After every build (the first and each rebuild): search follows the pages.
    config: (eleventyConfig: { on: (event: string, fn: () => void) => void }) => eleventyConfig.on("eleventy.after", reindex),
  });
  await elev.init();
  elev.setIncrementalBuild(true);
  await elev.watch();
  await elev.serve(port);
  process.on("SIGINT", async () => {
    await elev.stopWatch();
    process.exit(0);
  });
}
