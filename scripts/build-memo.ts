// Results of pure per-input work (an article's "on this page" headings, an English page's translation
// units, a print page's paper fonts, a QR code's path) kept between builds, one file per kind: .cache/memo/<name>.json.
// Each costs a parse per page per build; read back, the whole site's take one file read.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CACHE_ROOT, storeEntry } from "./build-cache.ts";
import { filesFingerprint } from "./build-inputs.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

let codeFingerprint: string | undefined;

/** The identity of the code that makes every memoized result: the files under scripts/, and the locked package versions. */
function fingerprintOfCode(): string {
  // The code a process runs does not change under it.
  return (codeFingerprint ??= filesFingerprint(root, ["scripts", "package-lock.json"]));
}

export interface BuildMemo<T> {
  /** The result for `input`: stored by an earlier build, else `make(input)`, stored. */
  get(input: string, make: (input: string) => T): T;
  /** Writes the results this build asked for (whole or not at all), so the file holds one build's worth; the next build starts from them. Left as it is when it already holds exactly those. */
  save(): void;
}

interface MemoFile {
  code: string;
  results: Record<string, unknown>;
}

/**
 * A memo of one kind of result between builds, keyed by a hash of the input; the file records the code
 * that made its results, and a change of code starts it afresh, so a stored result is never out of date.
 * Results must survive JSON.
 *
 * @example
 * const memo = buildMemo<Heading[]>("headings"); memo.get(html, headings); … memo.save();
 */
export function buildMemo<T>(name: string, dir = path.join(CACHE_ROOT, "memo")): BuildMemo<T> {
  const file = path.join(dir, `${name}.json`);
  let stored: Map<string, T> | undefined;
  let used = new Map<string, T>();
  let made = 0;
  const load = (): Map<string, T> => {
    try {
      const memo = JSON.parse(readFileSync(file, "utf8")) as MemoFile;
      if (memo.code === fingerprintOfCode()) return new Map(Object.entries(memo.results) as [string, T][]);
    } catch {
      // none yet, or unreadable: every result is made afresh
    }
    return new Map();
  };
  return {
    get(input, make) {
      stored ??= load();
      const key = createHash("sha1").update(input).digest("base64url");
      let result = used.get(key) ?? stored.get(key);
      if (result === undefined) {
        result = make(input);
        made++;
      }
      used.set(key, result);
      return result;
    },
    save() {
      if (!used.size) return;
      // Nothing new made and every stored result asked for: the file already holds this build's worth
      // (rewriting it took 0.6 s a build at 5,000 pages).
      if (made > 0 || used.size !== stored?.size) {
        const memo: MemoFile = { code: fingerprintOfCode(), results: Object.fromEntries(used) };
        storeEntry(file, (tmp) => writeFileSync(tmp, JSON.stringify(memo)));
      }
      stored = used;
      used = new Map();
      made = 0;
    },
  };
}
