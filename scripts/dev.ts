// npm start: the development server. Builds into .dev/ (never dist/, so a dev session cannot leave a
// half-built site where the release goes), rebuilds incrementally on save, serves with live reload on
// 127.0.0.1 at --port N or $PORT (default 8080), and indexes search once the first build is done
// (again in the background after each rebuild) so the search page works too. No PDFs: npm run build.
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { localPort } from "./port.ts";
import { buildSearchIndex } from "./search.ts";

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const DEV_OUTPUT = path.join(ROOT, ".dev");
const CONTENT = path.join(ROOT, "content");


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
  const port = localPort(process.argv.slice(2), process.env);
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
