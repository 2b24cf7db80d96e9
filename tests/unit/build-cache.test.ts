import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { PRUNED_STAMP, pruneEntries, storeEntry } from "../../scripts/build-cache.ts";

test("storeEntry writes an entry whole, even where the stage's cache folder does not exist yet (a clean clone)", () => {
  const root = mkdtempSync(path.join(tmpdir(), "afg-cache-"));
  const entry = path.join(root, "search", "3f00");
  storeEntry(entry, (tmp) => {
    mkdirSync(tmp);
    writeFileSync(path.join(tmp, "index.json"), "{}");
  });
  expect(readFileSync(path.join(entry, "index.json"), "utf8")).toBe("{}");
  expect(existsSync(`${entry}.tmp-${process.pid}`)).toBe(false);
});

test("storeEntry writes a file entry whole too, replacing an older one, with no temporary file left", () => {
  const root = mkdtempSync(path.join(tmpdir(), "afg-cache-"));
  const entry = path.join(root, "citations", "9a.json");
  storeEntry(entry, (tmp) => writeFileSync(tmp, "old"));
  storeEntry(entry, (tmp) => writeFileSync(tmp, "new"));
  expect(readFileSync(entry, "utf8")).toBe("new");
  expect(existsSync(`${entry}.tmp-${process.pid}`)).toBe(false);
});

/** A cache folder with an entry last used `days` ago, by name. */
function cacheWith(entries: Record<string, number>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "afg-cache-"));
  for (const [name, days] of Object.entries(entries)) age(path.join(dir, name), days, { create: true });
  return dir;
}
function age(file: string, days: number, { create = false } = {}): void {
  if (create) writeFileSync(file, "x");
  const then = new Date(Date.now() - days * 86_400_000);
  utimesSync(file, then, then);
}

test("pruneEntries removes entries unused for a month and keeps the others", () => {
  const dir = cacheWith({ old: 31, recent: 29 });
  pruneEntries(dir);
  expect(existsSync(path.join(dir, "old"))).toBe(false);
  expect(existsSync(path.join(dir, "recent"))).toBe(true);
});

test("pruneEntries looks a folder over at most once a day", () => {
  const dir = cacheWith({});
  pruneEntries(dir);
  age(path.join(dir, "old"), 40, { create: true });
  pruneEntries(dir); // the same day: the folder is not read again
  expect(existsSync(path.join(dir, "old"))).toBe(true);
  age(path.join(dir, PRUNED_STAMP), 1.01); // a day later
  pruneEntries(dir);
  expect(existsSync(path.join(dir, "old"))).toBe(false);
  expect(existsSync(path.join(dir, PRUNED_STAMP))).toBe(true);
});
