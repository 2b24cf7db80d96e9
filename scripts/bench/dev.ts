// The dev loop: npm start's server (scripts/dev.ts) on a free port, then a content edit saved five
// times; each time, how long until the served page shows it (polled every 25 ms). The file is put
// back as it was. Goal: 1.5 s.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_LOCALE } from "../eleventy/i18n/locales.ts";
import { firstSourcePages } from "../dev/source-pages.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const GOAL_MS = 1500;

/** The page the bench edits: the first reference page of the source language (no page is named here). */
function benchPage(): { file: string; urlPath: string } {
  const page = firstSourcePages(path.join(root, "content")).reference!;
  return { file: page.file, urlPath: `/${DEFAULT_LOCALE}${page.urlPath}` };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no change after ${timeoutMs} ms`);
}

export async function run(): Promise<string> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "dev.ts"), "--port", String(port)], { cwd: root, stdio: "ignore" });
  const { file, urlPath } = benchPage();
  const original = readFileSync(file, "utf8");
  const url = `http://127.0.0.1:${port}${urlPath}`;
  const times: number[] = [];
  try {
    const firstBuild = await until(async () => (await fetch(url)).ok, 120_000);
    // The server answers before its watcher is ready and while the first search index is made: an edit then can go unseen.
    await new Promise((r) => setTimeout(r, 3000));
    for (let i = 1; i <= 5; i++) {
      const marker = `Bench edit ${i} ${Date.now()}`;
      writeFileSync(file, `${original.trimEnd()}\n\n${marker} {#bench-edit}\n`);
      times.push(await until(async () => (await (await fetch(url)).text()).includes(marker), 30_000));
      writeFileSync(file, original);
      await new Promise((r) => setTimeout(r, 1500)); // let the restore rebuild settle
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[2]!;
    return [
      "## Dev loop (`npm start`)",
      "",
      `First build and serve: ${(firstBuild / 1000).toFixed(1)} s. A save of \`${path.relative(root, file)}\` until the served page shows it, five times: ${times.map((t) => Math.round(t)).join(", ")} ms; median **${Math.round(median)} ms** (goal ${GOAL_MS} ms${median <= GOAL_MS ? ", met" : ", not met"}).`,
      "",
    ].join("\n");
  } finally {
    writeFileSync(file, original);
    server.kill("SIGINT");
  }
}
