import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { filesFingerprint, inputsFingerprint, isUpToDate, recordBuild } from "../../scripts/build-inputs.ts";
import { FIXTURE_CONTENT } from "../helpers/paths.ts";

const dir = mkdtempSync(path.join(tmpdir(), "afg-build-inputs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const content = path.join(dir, "content");
cpSync(FIXTURE_CONTENT, content, { recursive: true });
const options = { content, out: path.join(dir, "dist"), print: false, search: true };

describe("inputsFingerprint", () => {
  const first = inputsFingerprint(options);

  test("the same inputs give the same fingerprint", () => expect(inputsFingerprint(options)).toBe(first));

  test("an edited content file, a new one, other options or another environment give another", () => {
    const page = path.join(content, "en", "new-page.md");
    writeFileSync(page, "x");
    expect(inputsFingerprint(options)).not.toBe(first);
    rmSync(page);
    expect(inputsFingerprint(options)).toBe(first);
    expect(inputsFingerprint({ ...options, search: false })).not.toBe(first);
    expect(inputsFingerprint({ ...options, release: true })).not.toBe(first);
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = "7";
    try {
      expect(inputsFingerprint(options)).not.toBe(first);
    } finally {
      delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    }
  });
});

describe("filesFingerprint", () => {
  test("follows the files' bytes and names, not the folder's existence alone", () => {
    const base = path.join(dir, "code");
    mkdirSync(path.join(base, "scripts", "a"), { recursive: true });
    writeFileSync(path.join(base, "scripts", "a", "x.ts"), "one");
    writeFileSync(path.join(base, "lock.json"), "{}");
    const first = filesFingerprint(base, ["scripts", "lock.json"]);
    expect(filesFingerprint(base, ["scripts", "lock.json", "missing"])).toBe(first);
    writeFileSync(path.join(base, "scripts", "a", "x.ts"), "two");
    const edited = filesFingerprint(base, ["scripts", "lock.json"]);
    expect(edited).not.toBe(first);
    cpSync(path.join(base, "scripts", "a", "x.ts"), path.join(base, "scripts", "a", "y.ts"));
    rmSync(path.join(base, "scripts", "a", "x.ts"));
    expect(filesFingerprint(base, ["scripts", "lock.json"])).not.toBe(edited);
  });
});

describe("isUpToDate", () => {
  const out = path.join(dir, "out");
  const build = path.join(dir, "out-build");
  mkdirSync(path.join(out, "en"), { recursive: true });
  mkdirSync(build, { recursive: true });
  writeFileSync(path.join(out, "en", "index.html"), "<p>page</p>");
  writeFileSync(path.join(build, "build-report.json"), "{}");

  test("the recorded inputs over untouched folders: nothing to do; other inputs: build", () => {
    recordBuild(out, build, "inputs-1");
    expect(isUpToDate(out, build, "inputs-1")).toBe(true);
    expect(isUpToDate(out, build, "inputs-2")).toBe(false);
  });

  test("an output file edited, added or removed, even with the same size: build", () => {
    recordBuild(out, build, "inputs-1");
    writeFileSync(path.join(out, "en", "index.html"), "<p>edit</p>");
    utimesSync(path.join(out, "en", "index.html"), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(isUpToDate(out, build, "inputs-1")).toBe(false);
    recordBuild(out, build, "inputs-1");
    writeFileSync(path.join(out, "en", "extra.html"), "");
    expect(isUpToDate(out, build, "inputs-1")).toBe(false);
    rmSync(path.join(out, "en", "extra.html"));
    expect(isUpToDate(out, build, "inputs-1")).toBe(true);
  });

  test("no record, or no output folder: build", () => {
    expect(isUpToDate(path.join(dir, "none"), build, "inputs-1")).toBe(false);
    expect(isUpToDate(out, path.join(dir, "no-build"), "inputs-1")).toBe(false);
  });
});
