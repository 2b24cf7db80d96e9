import { execFileSync } from "node:child_process";
import path from "node:path";
import { plainText } from "./segment.ts";
import { pageUnits } from "./units.ts";

/** git, quietly: undefined where there is no git or no repository (a copied folder, a tarball). */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/**
 * The English text a translation was made from, read back from the English file's git history: for
 * each unit hash asked about, the plain text of the unit that had it. Missing where history does not
 * reach (a fresh copy, a shallow clone): the translator then sees only that the English changed.
 *
 * @example
 * previousEnglish("content/en/victim-contact/tips-for-advocates.md", new Set(["5df22a72"])).get("5df22a72")
 * // → "Victim advocates are already trained to make safe, thorough calls …"
 */
export function previousEnglish(file: string, hashes: Set<string>): Map<string, string> {
  const found = new Map<string, string>();
  if (!hashes.size) return found;
  const dir = path.dirname(path.resolve(file));
  const top = git(dir, ["rev-parse", "--show-toplevel"])?.trim();
  if (!top) return found;
  const inRepo = path.relative(top, path.resolve(file)).split(path.sep).join("/");
  const commits = git(top, ["log", "--format=%H", "--", inRepo])?.trim().split("\n").filter(Boolean) ?? [];
  for (const commit of commits) {
    const text = git(top, ["show", `${commit}:${inRepo}`]);
    if (text === undefined) continue;
    let units;
    try {
      units = pageUnits(text);
    } catch {
      continue; // a version whose front matter did not parse
    }
    for (const unit of units) if (hashes.has(unit.hash) && !found.has(unit.hash) && unit.segment) found.set(unit.hash, plainText(unit.segment));
    if (found.size === hashes.size) break;
  }
  return found;
}
