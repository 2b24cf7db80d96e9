import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { buildMemo } from "../../scripts/build-memo.ts";

let dir: string;
beforeEach(() => void (dir = mkdtempSync(path.join(tmpdir(), "afg-memo-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A maker that counts its calls. */
function counting<T>(make: (input: string) => T) {
  const calls: string[] = [];
  return { calls, make: (input: string) => (calls.push(input), make(input)) };
}

test("a result made in one build is read back by the next, not made again", () => {
  const first = counting((html) => html.length);
  const memo = buildMemo<number>("lengths", dir);
  expect(memo.get("<h2>a</h2>", first.make)).toBe(10);
  expect(memo.get("<h2>a</h2>", first.make)).toBe(10); // the same input twice in a build: made once
  memo.save();
  expect(first.calls).toEqual(["<h2>a</h2>"]);

  const next = counting((html) => html.length);
  const again = buildMemo<number>("lengths", dir);
  expect(again.get("<h2>a</h2>", next.make)).toBe(10);
  expect(again.get("<h2>bb</h2>", next.make)).toBe(11);
  expect(next.calls).toEqual(["<h2>bb</h2>"]);
});

test("the file keeps only what the last build asked for, so it never grows past one site", () => {
  const memo = buildMemo<string>("upper", dir);
  memo.get("old page", (s) => s.toUpperCase());
  memo.save();
  memo.get("new page", (s) => s.toUpperCase()); // the next build (the dev server's rebuild) asks for another page only
  memo.save();
  const results = Object.values((JSON.parse(readFileSync(path.join(dir, "upper.json"), "utf8")) as { results: Record<string, string> }).results);
  expect(results).toEqual(["NEW PAGE"]);
});

test("a build that made nothing new and asked for every stored result leaves the file as it was; one that asked for fewer rewrites it", () => {
  const file = path.join(dir, "upper.json");
  const first = buildMemo<string>("upper", dir);
  for (const page of ["a", "b"]) first.get(page, (s) => s.toUpperCase());
  first.save();
  const written = statSync(file).ino;

  const same = buildMemo<string>("upper", dir);
  for (const page of ["b", "a"]) same.get(page, () => "made again");
  same.save();
  expect(statSync(file).ino).toBe(written); // not replaced (a save writes a new file and renames it into place)

  const fewer = buildMemo<string>("upper", dir);
  fewer.get("a", () => "made again");
  fewer.save();
  expect(statSync(file).ino).not.toBe(written);
  expect(Object.values((JSON.parse(readFileSync(file, "utf8")) as { results: Record<string, string> }).results)).toEqual(["A"]);
});

test("results recorded by other code are not used: each is made again", () => {
  const memo = buildMemo<string>("upper", dir);
  memo.get("a", (s) => s.toUpperCase());
  memo.save();
  const file = path.join(dir, "upper.json");
  const stored = JSON.parse(readFileSync(file, "utf8")) as { code: string; results: Record<string, string> };
  // The same input's entry, but recorded by a different build of the code: it could be stale.
  writeFileSync(file, JSON.stringify({ code: "other code", results: Object.fromEntries(Object.keys(stored.results).map((k) => [k, "STALE"])) }));
  expect(buildMemo<string>("upper", dir).get("a", (s) => s.toUpperCase())).toBe("A");
});

test("an unreadable memo file is a memo with nothing in it, not a failed build", () => {
  writeFileSync(path.join(dir, "upper.json"), '{"code": "trunc');
  const made = counting((s) => s.toUpperCase());
  expect(buildMemo<string>("upper", dir).get("a", made.make)).toBe("A");
  expect(made.calls).toEqual(["a"]);
});
