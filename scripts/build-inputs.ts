// What a build was made from and what it left, recorded in the build folder: a build whose inputs are those
// of the last one, over an output folder nobody has touched since, has nothing to do (the build is
// reproducible: the same inputs give the same bytes, tests/build/reproducible.test.ts).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildOptions } from "./stage.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The record's name in the build folder. */
export const BUILD_INPUTS = "build-inputs.json";

/** Everything of the project's own that a build reads besides the content: code, layouts, assets, installed packages. */
const PROJECT_INPUTS = ["eleventy.config.ts", "layouts", "assets", "scripts", "package.json", "package-lock.json", "node_modules/.package-lock.json", ".puppeteerrc.cjs", "tsconfig.json"];

/** Environment variables that change what a build makes. */
const ENVIRONMENT = ["PUPPETEER_EXECUTABLE_PATH", "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE", "NODE_ENV"];

/** Every file under a path (itself if a file), sorted, relative to the project or content folder. */
function filesUnder(base: string, entry: string): string[] {
  const full = path.join(base, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(entry, file))
    .filter((file) => statSync(path.join(base, file)).isFile())
    .sort();
}

/**
 * A hash of the files under each entry (a file or a folder) of `base`: their paths and their bytes. A missing
 * entry adds nothing.
 *
 * @example
 * filesFingerprint(root, ["scripts", "package-lock.json"]) // → "4be1…" (64 hex digits)
 */
export function filesFingerprint(base: string, entries: string[]): string {
  const hash = createHash("sha256");
  for (const file of entries.flatMap((entry) => filesUnder(base, entry))) hash.update(`${file}\u0000`).update(readFileSync(path.join(base, file))).update("\u0001");
  return hash.digest("hex");
}

/**
 * A hash of everything a build reads: the content folder's files, the project's code, layouts, assets and
 * installed packages, the options, the Node and Chromium it runs on, and the environment that matters.
 *
 * @example
 * inputsFingerprint({ content: "content", out: "dist", print: true, search: true }) // → "9f2c…" (64 hex digits)
 */
export function inputsFingerprint(options: BuildOptions): string {
  const hash = createHash("sha256");
  const add = (...parts: string[]) => hash.update(parts.join("\u0000") + "\u0001");
  add("options", String(options.print), String(options.search), String(Boolean(options.release)), process.version);
  for (const name of ENVIRONMENT) add("env", name, process.env[name] ?? "");
  const chromium = process.env.PUPPETEER_EXECUTABLE_PATH ?? "/usr/bin/chromium";
  if (options.print && existsSync(chromium)) add("chromium", String(statSync(chromium).size), String(statSync(chromium).mtimeMs));
  add("project", filesFingerprint(root, PROJECT_INPUTS));
  add("content", filesFingerprint(path.resolve(options.content), ["."]));
  return hash.digest("hex");
}

/** The output and build folders as they stand: every file's path, size and modification time. */
function outputListing(out: string, build: string): string {
  const hash = createHash("sha256");
  for (const [label, dir] of [["site", out], ["build", build]] as const) {
    for (const file of filesUnder(dir, ".")) {
      if (label === "build" && file === BUILD_INPUTS) continue;
      const stat = statSync(path.join(dir, file));
      hash.update(`${label}\u0000${file}\u0000${stat.size}\u0000${stat.mtimeMs}\u0001`);
    }
  }
  return hash.digest("hex");
}

/** Records what the build in `out` was made from, and how its folders stand now. */
export function recordBuild(out: string, build: string, inputs: string): void {
  writeFileSync(path.join(build, BUILD_INPUTS), JSON.stringify({ inputs, output: outputListing(out, build) }) + "\n");
}

/** Whether `out` is the build of exactly these inputs, untouched since. */
export function isUpToDate(out: string, build: string, inputs: string): boolean {
  const file = path.join(build, BUILD_INPUTS);
  if (!existsSync(file) || !existsSync(out)) return false;
  const recorded = JSON.parse(readFileSync(file, "utf8")) as { inputs?: string; output?: string };
  return recorded.inputs === inputs && recorded.output === outputListing(out, build);
}
