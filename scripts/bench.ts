// npm run bench [-- name …]: runs the benchmark modules (all but suite by default) and writes bench/results.md.
// Measurements, not tests: nothing here passes or fails.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mergeSections } from "./bench/merge-sections.ts";

/** Each module's run() returns a Markdown section. */
const benches: Record<string, () => Promise<{ run: () => Promise<string> }>> = {
  site: () => import("./bench/site.ts"),
  weight: () => import("./bench/weight.ts"),
  lighthouse: () => import("./bench/lighthouse.ts"),
  search: () => import("./bench/search.ts"),
  print: () => import("./bench/print.ts"),
  packet: () => import("./bench/packet.ts"),
  dev: () => import("./bench/dev.ts"),
  suite: () => import("./bench/suite.ts"),
};

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
// The suite bench runs the whole of npm test (a quarter of an hour): only when asked for by name.
const names = wanted.length ? wanted : Object.keys(benches).filter((name) => name !== "suite");
const sections: string[] = [];
for (const name of names) {
  const load = benches[name];
  if (!load) throw new Error(`Unknown benchmark "${name}": expected one of ${Object.keys(benches).join(", ")}`);
  console.log(`▶ ${name}`);
  const section = await (await load()).run();
  console.log(section);
  const measured = `_Measured by \`npm run bench -- ${name}\`, ${new Date().toISOString().slice(0, 16)}Z, load average ${os.loadavg()[0]!.toFixed(1)}._`;
  // A module may write several sections (site: the synthetic site and the real rebuild): each is dated.
  for (const part of section.split(/^(?=## )/m).filter((s) => s.startsWith("## "))) sections.push(`${part.trimEnd()}\n\n${measured}\n`);
}
const header = `# Benchmarks\n\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Each section says when it was measured.\n`;
const file = path.join(root, "bench", "results.md");
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, [header, ...mergeSections(existsSync(file) ? readFileSync(file, "utf8") : "", sections)].join("\n"));
console.log(`Wrote bench/results.md`);
