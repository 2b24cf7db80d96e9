// Site stage vs bare Eleventy on the same Markdown (synthetic 1,000 / 5,000 / 10,000 pages, two languages; the
// real site with every reference page copied ten times in every language), and a no-op rebuild of the real
// site against bare Eleventy over its Markdown, all in one run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BUILD_INPUTS } from "../build-inputs.ts";
import { buildFolder } from "../stage.ts";
import { realSiteCopies } from "./real-site-copies.ts";
import { syntheticSite } from "./synthetic-site.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** CPU seconds (user + system) of this process's finished children, from /proc/self/stat (cutime, cstime; Linux). */
function childCpuSeconds(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Wall and CPU seconds of a Node process: on a shared machine the CPU time is the steadier figure. */
function timed(args: string[], { cwd = root, env = process.env }: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { seconds: number; cpu: number; output: string } {
  // The last run's files flushed to disk first: otherwise each run pays for the writing of the one before it.
  spawnSync("sync");
  const started = performance.now();
  const cpuBefore = childCpuSeconds();
  const result = spawnSync(process.execPath, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return { seconds, cpu: childCpuSeconds() - cpuBefore, output: result.stdout };
}

/** Seconds each stage reported ("✓ site (1.2 s)"). */
function stageTimes(output: string): Record<string, number> {
  return Object.fromEntries([...output.matchAll(/✓ (\S+) \(([\d.]+) s\)/g)].map((m) => [m[1]!, Number(m[2])]));
}

/**
 * Bare Eleventy: its CLI, no config (run where none is found), over a folder of Markdown, into an empty
 * output folder as our build always writes (its staging folder is new each time, so the previous dist/
 * stays untouched); `{ over: true }` writes over its last output instead.
 */
function bareEleventy(dir: string, input: string, { over = false } = {}): { seconds: number; cpu: number; pages: number } {
  if (!over) rmSync(path.join(dir, "bare-out"), { recursive: true, force: true });
  const run = timed([path.join(root, "node_modules/@11ty/eleventy/cmd.cjs"), `--input=${input}`, `--output=${path.join(dir, "bare-out")}`, "--quiet"], { cwd: dir });
  return { seconds: run.seconds, cpu: run.cpu, pages: Number(/Wrote (\d+) files/.exec(run.output)?.[1] ?? 0) };
}

/** Our build of a content folder with --no-print --no-search, with nothing cached (a fresh cache folder): the site stage's cost in full. */
function ours(dir: string, content: string, cache = path.join(dir, "cache")): { seconds: number; cpu: number; stages: Record<string, number> } {
  const run = timed(["--import", "tsx", "scripts/build.ts", "--content", content, "--out", path.join(dir, "out"), "--no-print", "--no-search"], { env: { ...process.env, AFG_CACHE_DIR: cache } });
  return { seconds: run.seconds, cpu: run.cpu, stages: stageTimes(run.output) };
}

const f = (n: number, digits = 1) => n.toFixed(digits);

function row(label: string, build: { seconds: number; cpu: number; stages: Record<string, number> }, bare: { seconds: number; cpu: number; pages: number; over: number }): string {
  const site = build.stages.site ?? build.seconds;
  const pages = bare.pages;
  return `| ${label} | ${pages} | ${f(build.seconds)} | ${f(site, 2)} | ${f(build.stages.sitemap ?? 0, 2)} | ${f(build.stages.links ?? 0, 2)} | ${f(bare.seconds, 2)} | **${f(site / bare.seconds, 2)}×** | ${f(bare.over, 2)} | ${f(site / bare.over, 2)}× | ${f(build.seconds / bare.seconds, 2)}× | ${f(build.cpu)} | ${f(bare.cpu)} | **${f(build.cpu / bare.cpu, 2)}×** | ${f((site * 1000) / pages)} | ${f((bare.seconds * 1000) / pages)} |`;
}

/** Runs per measurement (BENCH_RUNS, default 3), taken in turn with the baseline's, the fastest of each kept: on a shared machine a slow run measures the machine. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** The run that took least time by `seconds` (the site stage's own time where there is one). */
function fastest<T>(runs: T[], seconds: (run: T) => number): T {
  return runs.reduce((best, run) => (seconds(run) < seconds(best) ? run : best));
}
const siteSeconds = (build: { seconds: number; stages: Record<string, number> }) => build.stages.site ?? build.seconds;

/** Our build cold (a fresh cache), bare Eleventy, and our build again on that cache, RUNS times in turn: the fastest of each. */
function compare(dir: string, content: string, bare: string) {
  const cold = [], plain = [], over = [], warm = [];
  for (let r = 0; r < RUNS; r++) {
    const cache = path.join(dir, `cache-${r}`);
    cold.push(ours(dir, content, cache));
    rmSync(path.join(dir, "out"), { recursive: true, force: true });
    plain.push(bareEleventy(dir, bare));
    over.push(bareEleventy(dir, bare, { over: true }));
    warm.push(ours(dir, content, cache)); // the same cache again: citations formatted by the cold run
    rmSync(path.join(dir, "out"), { recursive: true, force: true });
  }
  const seconds = (b: { seconds: number }) => b.seconds;
  return { cold: fastest(cold, siteSeconds), plain: { ...fastest(plain, seconds), over: fastest(over, seconds).seconds }, warm: fastest(warm, siteSeconds) };
}

export async function run(): Promise<string> {
  const sizes = (process.env.BENCH_SIZES ?? "1000,5000,10000").split(",").map(Number);
  const rows: string[] = [];
  for (const pages of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), `afg-bench-${pages}-`));
    try {
      const { content, bare } = syntheticSite(root, dir, pages);
      const { cold, plain, warm } = compare(dir, content, bare);
      rows.push(row(`synthetic ${pages}`, cold, plain), row(`synthetic ${pages}, citations cached`, warm, plain));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const copies = mkdtempSync(path.join(tmpdir(), "afg-bench-copies-"));
  try {
    const { content, bare } = realSiteCopies(root, copies, 10);
    const { cold, plain, warm } = compare(copies, content, bare);
    rows.push(row("real site ×10", cold, plain), row("real site ×10, citations cached", warm, plain));
  } finally {
    rmSync(copies, { recursive: true, force: true });
  }

  // No-op rebuild of the real site: everything built once, then again with nothing changed; bare Eleventy over its Markdown.
  const out = mkdtempSync(path.join(tmpdir(), "afg-bench-noop-"));
  const build = () => timed(["--import", "tsx", "scripts/build.ts", "--out", path.join(out, "dist")]);
  const first = build();
  const realBareDir = realSiteCopies(root, out, 0).bare;
  const noop = [], staged = [], bareRuns = [];
  for (let r = 0; r < RUNS; r++) {
    noop.push(build());
    bareRuns.push(bareEleventy(out, realBareDir));
    // The same, with the record of the last build's inputs gone: every stage runs, each on its own cache.
    rmSync(path.join(buildFolder(path.join(out, "dist")), BUILD_INPUTS));
    staged.push(build());
  }
  rmSync(out, { recursive: true, force: true });
  const again = fastest(noop, (b) => b.seconds);
  const realBare = fastest(bareRuns, (b) => b.seconds);
  const stagedBest = fastest(staged, (b) => b.seconds);
  const stages = (o: string) => Object.entries(stageTimes(o)).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(", ");

  return [
    "## Site stage vs bare Eleventy",
    "",
    "Synthetic: pages half English, half the second language of locales.json (translations recorded as current), each about 600 words with authored ids, plus the real English pages.",
    "Real site ×10: every reference page copied ten times in every language (own file name and translation key), beside the real pages.",
    "`ours` = `scripts/build.ts --content … --out … --no-print --no-search` as a process, with an empty cache folder (AFG_CACHE_DIR), so every citation is formatted (citeproc, about 2.5 ms a page); each \"citations cached\" row runs again on that cache, as every build after the first does.",
    `Each figure is the fastest of ${RUNS} runs (BENCH_RUNS), ours and bare taken in turn: on this shared machine one run of the same build took anywhere from 1× to 1.4× another.`,
    "`bare` = the Eleventy CLI with no config over the same Markdown files (a page naming a layout gets one that writes its content only), into an empty output folder as ours always writes (a new staging folder each build, so the previous dist/ is untouched); \"over its last output\" is bare Eleventy run again over the files it wrote, shown beside it (bench figures before 5 Dec used that one; neither was the faster in every run).",
    "Goal: site stage ≤ 2× bare, ms/page flat from 1,000 to 10,000. Before (29 Nov, whole process vs bare): 7.27× at 1,000 pages, 8.68× at 5,000.",
    "",
    "CPU = user + system seconds of the whole process (ours: every stage run, sitemap and link check included), the steadier figure on a shared machine.",
    "",
    "| site | pages | ours, wall (s) | site stage (s) | sitemap (s) | link check (s) | bare Eleventy, wall (s) | site stage ÷ bare | bare over its last output (s) | site stage ÷ that | ours wall ÷ bare | ours CPU (s) | bare CPU (s) | ours CPU ÷ bare CPU | site stage ms/page | bare ms/page |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    "## Rebuild of the real site (all stages)",
    "",
    "Goal: a no-op rebuild ≤ 3× bare Eleventy over the real Markdown, in the same run (before: 3.8×). A build whose inputs (content, code, layouts, assets, packages, options) are those of the last one, over an output nobody touched, has nothing to do (scripts/build-inputs.ts); the last row runs every stage anyway, each reusing its cache.",
    "",
    `| build | wall (s) | ÷ bare | CPU (s) | ÷ bare CPU | stages |`,
    `|---|---:|---:|---:|---:|---|`,
    `| first (caches as found, one run) | ${f(first.seconds)} | ${f(first.seconds / realBare.seconds, 2)}× | ${f(first.cpu)} | ${f(first.cpu / realBare.cpu, 2)}× | ${stages(first.output)} |`,
    `| no-op rebuild (nothing changed: the build says so and stops), fastest of ${RUNS} | ${f(again.seconds)} | **${f(again.seconds / realBare.seconds, 2)}×** | ${f(again.cpu)} | **${f(again.cpu / realBare.cpu, 2)}×** | ${stages(again.output) || "none"} |`,
    `| the same with every stage run on its caches (build-inputs.json removed), fastest of ${RUNS} | ${f(stagedBest.seconds)} | **${f(stagedBest.seconds / realBare.seconds, 2)}×** | ${f(stagedBest.cpu)} | **${f(stagedBest.cpu / realBare.cpu, 2)}×** | ${stages(stagedBest.output)} |`,
    `| bare Eleventy over the real Markdown (${realBare.pages} pages), fastest of ${RUNS} | ${f(realBare.seconds, 2)} | 1.00× | ${f(realBare.cpu)} | 1.00× | |`,
    "",
  ].join("\n");
}
