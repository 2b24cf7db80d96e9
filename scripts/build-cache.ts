// The build's content-addressed caches (.cache/<stage>/<key>/): an entry is written whole or not at
// all, and entries unused for a month are removed (each folder looked over once a day). The print
// stage keeps its PDFs here, the search stage its index.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** .cache/ beside the project; AFG_CACHE_DIR puts it elsewhere (a bench measuring a build with nothing cached). */
export const CACHE_ROOT = process.env.AFG_CACHE_DIR ? path.resolve(process.env.AFG_CACHE_DIR) : path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), ".cache");
const MAX_AGE_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Writes an entry (a folder or a file) through `write(tmp)` at a temporary path, then renames it into place,
 * so a build stopped half-way never leaves half an entry.
 *
 * @example
 * storeEntry(".cache/search/3f…", (tmp) => cpSync("dist/pagefind", tmp, { recursive: true }));
 * storeEntry(".cache/citations/9a….json", (tmp) => writeFileSync(tmp, json));
 */
export function storeEntry(dir: string, write: (tmp: string) => void): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  mkdirSync(path.dirname(dir), { recursive: true }); // a clean clone has no .cache/<stage>/ yet
  rmSync(tmp, { recursive: true, force: true });
  write(tmp);
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another build stored the same entry first
  }
}

/** Marks an entry as used now (pruning goes by last use). */
export function touchEntry(dir: string): void {
  const now = new Date();
  utimesSync(dir, now, now);
}

/** A file in each cache folder whose time is that of the folder's last pruning. */
export const PRUNED_STAMP = ".pruned";

/**
 * Removes entries of a cache folder not used for a month, looking the folder over at most once a day:
 * reading a folder of thousands of entries took tens of milliseconds a build.
 */
export function pruneEntries(cacheDir: string): void {
  if (!existsSync(cacheDir)) return;
  const stamp = path.join(cacheDir, PRUNED_STAMP);
  const pruned = statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (Date.now() - pruned < DAY_MS) return;
  const limit = Date.now() - MAX_AGE_DAYS * DAY_MS;
  for (const name of readdirSync(cacheDir)) {
    if (name === PRUNED_STAMP) continue;
    const dir = path.join(cacheDir, name);
    // An entry another build is renaming into place right now may be gone already.
    const made = statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (made < limit) rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(stamp, "");
}
