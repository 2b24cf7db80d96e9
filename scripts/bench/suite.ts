// The test suite against one cold full build on the same machine in the same run: `npm test`
// (type check, build with the print cache, every test) timed whole, after a cold build
// (`--no-cache`, into a temp folder) timed alone. Goal: the suite at most four times the build.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const GOAL_RATIO = 4;

/** Seconds a command takes, and its output's last line (the test summary). */
function timed(command: string, args: string[]): { seconds: number; status: number; last: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 256 * 2 ** 20 });
  const lines = `${result.stdout}`.trim().split("\n");
  return { seconds: (performance.now() - started) / 1000, status: result.status ?? 1, last: lines.filter((l) => /Tests\s/.test(l)).pop() ?? lines.pop() ?? "" };
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "afg-bench-suite-"));
  try {
    const build = timed(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", path.join(dir, "dist"), "--no-cache"]);
    if (build.status !== 0) throw new Error("the cold build failed");
    const load = os.loadavg()[0]!.toFixed(1);
    const suite = timed("npm", ["test"]);
    const ratio = suite.seconds / build.seconds;
    return [
      "## Test suite vs one cold build",
      "",
      `| run | seconds | × cold build |`,
      `| --- | ---: | ---: |`,
      `| cold full build (\`scripts/build.ts --no-cache\`, PDFs included) | ${build.seconds.toFixed(0)} | 1.00 |`,
      `| \`npm test\` (tsc, build with cache, Vitest) | ${suite.seconds.toFixed(0)} | **${ratio.toFixed(2)}** |`,
      "",
      `Goal: at most ${GOAL_RATIO}× (${ratio <= GOAL_RATIO ? "met" : "not met"}). Load average when the suite started: ${load}. Suite ${suite.status === 0 ? "passed" : "FAILED"}: ${suite.last.replace(/\u001b\[[0-9;]*m/g, "").trim()}`,
      "",
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
