// Site stage vs bare Eleventy on the same Markdown (100 / 1,000 / 5,000 pages, two languages),
// and a no-op rebuild of the real site.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticSite } from "./synthetic-site.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function timed(args: string[], cwd = root): { seconds: number; output: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return { seconds, output: result.stdout };
}

/** Seconds each stage reported ("✓ site (1.2 s)"). */
function stageTimes(output: string): Record<string, number> {
  return Object.fromEntries([...output.matchAll(/✓ (\S+) \(([\d.]+) s\)/g)].map((m) => [m[1]!, Number(m[2])]));
}

export async function run(): Promise<string> {
  const sizes = (process.env.BENCH_SIZES ?? "100,1000,5000").split(",").map(Number);
  const rows: string[] = [];
  for (const pages of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), `afg-bench-${pages}-`));
    try {
      const { content, bare } = syntheticSite(root, dir, pages);
      const ours = timed(["--import", "tsx", "scripts/build.ts", "--content", content, "--out", path.join(dir, "out"), "--no-print", "--no-search"]);
      const stages = stageTimes(ours.output);
      const plain = timed([path.join(root, "node_modules/@11ty/eleventy/cmd.cjs"), `--input=${bare}`, `--output=${path.join(dir, "bare-out")}`, "--quiet"], dir); // run where no config file is found
      const site = stages.site ?? ours.seconds;
      rows.push(`| ${pages} | ${ours.seconds.toFixed(1)} | ${site.toFixed(2)} | ${(stages.links ?? 0).toFixed(2)} | ${plain.seconds.toFixed(1)} | ${(ours.seconds / plain.seconds).toFixed(2)}× | ${((site * 1000) / pages).toFixed(1)} |`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // No-op rebuild of the real site: everything built once, then again with nothing changed.
  const out = mkdtempSync(path.join(tmpdir(), "afg-bench-noop-"));
  const first = timed(["--import", "tsx", "scripts/build.ts", "--out", path.join(out, "dist")]);
  const again = timed(["--import", "tsx", "scripts/build.ts", "--out", path.join(out, "dist")]);
  rmSync(out, { recursive: true, force: true });
  const stages = (o: string) => Object.entries(stageTimes(o)).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(", ");

  return [
    "## Site stage vs bare Eleventy",
    "",
    "Synthetic pages (half English, half the second language of locales.json), each about 600 words with authored ids, plus the real English pages and their fallbacks.",
    "`ours` = `scripts/build.ts --no-print --no-search` as a process (site stage: schema checks, Eleventy with layouts, fallback pages; then the link check);",
    "`bare` = the Eleventy CLI with no config on the same generated Markdown (no layouts, no checks). Goal ≤ 1.3× and linear growth.",
    "",
    "| pages | ours, wall (s) | site stage (s) | link check (s) | bare Eleventy, wall (s) | ratio (wall) | site stage ms/page |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    "## Rebuild of the real site (all stages)",
    "",
    `| build | wall (s) | stages |`,
    `|---|---:|---|`,
    `| first (print cache as found) | ${first.seconds.toFixed(1)} | ${stages(first.output)} |`,
    `| no-op rebuild | ${again.seconds.toFixed(1)} | ${stages(again.output)} |`,
    "",
  ].join("\n");
}
