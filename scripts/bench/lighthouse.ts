// Lighthouse 12.2.3's mobile performance score (its default: a mid-range phone, simulated slow 4G and a
// 4× slower CPU) for each template in each language, median of five runs, against dist/ on 127.0.0.1.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer";
import { CHROMIUM_ARGS } from "../browser.ts";
import { loadLocales, publishedLocales } from "../eleventy/i18n/locales.ts";
import { serveStatic } from "../static-server.ts";
import { visitTargets } from "./visit-targets.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const TEMPLATES = ["home", "reference page", "search (before a query)", "print catalogue"];
const GOAL = 95;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(): Promise<string> {
  const dist = path.join(root, "dist");
  if (!existsSync(dist)) throw new Error("Build the site first (npm run build)");
  const codes = publishedLocales(loadLocales(path.join(root, "content", "_data"))).map((l) => l.code);
  const server = await serveStatic(dist);
  // Lighthouse drives its own connection to this Chromium through the debugging port.
  const browser = await puppeteer.launch({ headless: true, args: [...CHROMIUM_ARGS, "--remote-debugging-port=0"] });
  const port = Number(new URL(browser.wsEndpoint()).port);
  const rows: string[] = [];
  try {
    for (const template of TEMPLATES) {
      const cells: string[] = [];
      for (const code of codes) {
        const target = visitTargets(dist, code).find((t) => t.template === template)!;
        const scores: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const result = await lighthouse(server.url + target.path, { port, output: "json", onlyCategories: ["performance"], logLevel: "error" });
          scores.push(Math.round((result?.lhr.categories.performance?.score ?? 0) * 100));
        }
        cells.push(`${median(scores)}${median(scores) < GOAL ? " ✗" : ""} (${scores.join(", ")})`);
      }
      rows.push(`| ${template} | ${cells.join(" | ")} |`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    "## Lighthouse mobile performance",
    "",
    `Lighthouse 12.2.3, performance only, its mobile defaults (simulated slow 4G, 4× CPU slowdown), against dist/ on 127.0.0.1: median of ${RUNS} runs, each run in brackets. Goal ${GOAL} or more; ✗ marks a median under it. The first page of each template in visit order (scripts/bench/visit-targets.ts). Simulated throttling scales the main-thread time this machine measures, so a busy machine scores lower: read with the load average.`,
    "",
    `| template | ${codes.join(" | ")} |`,
    `|---|${codes.map(() => "---").join("|")}|`,
    ...rows,
    "",
  ].join("\n");
}
