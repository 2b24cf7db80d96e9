import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { storeEntry } from "../../scripts/build-cache.ts";

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
