// A one-page change rebuilds only that page's PDFs and search records: build the fixture (English, one
// handout and its packet), change one paragraph of one English reference page, build again, and read
// from the build's own report (build-report.json in the build folder) what the second build printed
// and indexed. The edit carries a token of its own, so no earlier run's cache already holds it.
// Then built once more with nothing changed: the build has nothing to do.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { buildFolder } from "../../scripts/stage.ts";
import { contentWith, englishOnly, hashTree, onlyPrintables, runBuild } from "../helpers/build-fixture.ts";

const PAGE = "en/victim-contact/tips-for-advocates.md";
const site = contentWith([englishOnly(), ...onlyPrintables(["en"], ["advocate-tips-handout.md"])]);
afterAll(() => site.cleanup());

interface BuildReport {
  print: { printed: string[]; cached: number };
  search: { prepared: string[]; reused: number; indexed: string[] };
}

const out = path.join(site.dir, "dist");
const reportOf = () => JSON.parse(readFileSync(path.join(buildFolder(out), "build-report.json"), "utf8")) as BuildReport;

test("after one English page changes, only its PDFs are printed again and only its page is read again for search", () => {
  const first = runBuild(["--content", site.content, "--out", out]);
  expect(first.status, first.output).toBe(0);
  const before = reportOf();

  const file = path.join(site.content, PAGE);
  const text = readFileSync(file, "utf8");
  const sentence = "Victim advocates are already trained";
  expect(text).toContain(sentence);
  writeFileSync(file, text.replace(sentence, `Victim advocates (checked ${process.pid}-${Date.now()}) are already trained`));
  const second = runBuild(["--content", site.content, "--out", out]);
  expect(second.status, second.output).toBe(0);
  const after = reportOf();

  // The print jobs made from the changed file: its reference-page PDF (the handout and its packet are other files).
  const manifest = JSON.parse(readFileSync(path.join(buildFolder(out), "print-manifest.json"), "utf8")) as { jobs: { source: string; url: string }[] };
  const ownJobs = manifest.jobs.filter((j) => j.source.endsWith(PAGE)).map((j) => j.url);
  expect(ownJobs).toEqual(["/en/victim-contact/tips-for-advocates/"]);
  expect(manifest.jobs.length).toBeGreaterThan(3);
  expect(after.print.printed).toEqual(ownJobs);
  expect(after.print.cached).toBe(manifest.jobs.length - 1);

  expect(after.search.prepared).toEqual(["/en/victim-contact/tips-for-advocates/"]);
  expect(after.search.reused).toBe(before.search.prepared.length + before.search.reused - 1);
  expect(after.search.indexed).toEqual(["en"]);
}, 600_000);

test("built again with nothing changed, the build says so and leaves the output exactly as it was", () => {
  const before = hashTree(out) + hashTree(buildFolder(out));
  const again = runBuild(["--content", site.content, "--out", out]);
  expect(again.status, again.output).toBe(0);
  expect(again.output).toContain("nothing changed since the last build");
  expect(again.output).not.toMatch(/✓ (site|print|search)/);
  expect(hashTree(out) + hashTree(buildFolder(out))).toBe(before);
}, 600_000);
