import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { writeFiles } from "../../scripts/write-files.ts";

test("writes every file with its text", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "afg-write-files-"));
  try {
    const count = 2000;
    writeFiles(Array.from({ length: count }, (_, n) => [path.join(dir, `${n}.txt`), `file ${n}`] as const));
    expect(readdirSync(dir)).toHaveLength(count);
    expect(readFileSync(path.join(dir, "1234.txt"), "utf8")).toBe("file 1234");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a write that fails fails the whole", () => {
  expect(() => writeFiles([[path.join(tmpdir(), "no-such-folder-afg", "x.txt"), "x"]])).toThrow(/ENOENT/);
});
