import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { PRUNED_STAMP } from "../../scripts/build-cache.ts";
import { writeFiles } from "../../scripts/write-files.ts";

const made: string[] = [];
const folder = (base = tmpdir()) => {
  const dir = mkdtempSync(path.join(base, "afg-write-files-"));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const storedName = (text: string) => createHash("sha256").update(text).digest("hex");

test("writes every file with its text, each a link to one stored copy of its bytes", () => {
  const [out, store] = [folder(), folder()];
  const count = 2000;
  writeFiles(Array.from({ length: count }, (_, n) => [path.join(out, `${n}.txt`), `file ${n % 1000}`] as const), { store });
  expect(readdirSync(out)).toHaveLength(count);
  expect(readFileSync(path.join(out, "1234.txt"), "utf8")).toBe("file 234");
  // Two files with the same bytes, and the stored copy, are one file on disk.
  expect(readdirSync(store).filter((name) => name !== PRUNED_STAMP)).toHaveLength(1000);
  expect(statSync(path.join(out, "1234.txt")).ino).toBe(statSync(path.join(out, "234.txt")).ino);
  expect(statSync(path.join(store, storedName("file 234"))).nlink).toBe(3);
});

test("writes bytes as well as text", () => {
  const [out, store] = [folder(), folder()];
  const bytes = Uint8Array.from([0, 1, 2, 255]);
  writeFiles([[path.join(out, "a.woff2"), bytes]], { store });
  expect([...readFileSync(path.join(out, "a.woff2"))]).toEqual([0, 1, 2, 255]);
});

test("a rebuild into the same output (the dev server) replaces a file without writing through to the stored copy it was linked to", () => {
  const [out, store] = [folder(), folder()];
  const file = path.join(out, "cite.bib");
  writeFiles([[file, "@online{old}"]], { store });
  writeFiles([[file, "@online{new}"]], { store });
  expect(readFileSync(file, "utf8")).toBe("@online{new}");
  expect(readFileSync(path.join(store, storedName("@online{old}")), "utf8")).toBe("@online{old}");
});

test("where links cannot be made (the store on another file system) the bytes are written", () => {
  const out = folder();
  const store = folder("/dev/shm");
  // The test means nothing unless the two folders really are on different file systems.
  expect(statSync(store).dev).not.toBe(statSync(out).dev);
  writeFiles([[path.join(out, "a.txt"), "one"], [path.join(out, "b.txt"), "two"]], { store });
  expect(readFileSync(path.join(out, "a.txt"), "utf8")).toBe("one");
  expect(readFileSync(path.join(out, "b.txt"), "utf8")).toBe("two");
  expect(statSync(path.join(out, "b.txt")).nlink).toBe(1);
});

test("a write that fails fails the whole", () => {
  expect(() => writeFiles([[path.join(tmpdir(), "no-such-folder-afg", "x.txt"), "x"]], { store: folder() })).toThrow(/ENOENT.*no-such-folder-afg/);
});
