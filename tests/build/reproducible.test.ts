// Two clean builds of the real site, PDFs and search index included, are byte-identical: a second
// build from nothing (no print cache, another folder, another time) must equal dist/, file by file.
import { readdirSync, readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { runBuild } from "../helpers/build-fixture.ts";
import { DIST } from "../helpers/paths.ts";

/** Every file under a folder, as sorted relative paths. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

test("a clean rebuild, printed afresh, equals dist/ byte for byte", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "afg-reproducible-"));
  try {
    const out = path.join(dir, "dist");
    const result = runBuild(["--out", out, "--no-cache"]);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/print pages: \d+ printed, 0 from cache/);
    const ours = files(DIST);
    const again = files(out);
    expect(again).toEqual(ours);
    expect(ours.filter((f) => f.endsWith(".pdf")).length).toBeGreaterThan(100);
    const different = ours.filter((f) => !readFileSync(path.join(DIST, f)).equals(readFileSync(path.join(out, f))));
    expect(different).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 900_000);

