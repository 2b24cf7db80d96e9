import { fork, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import matter from "gray-matter";
import type { BuildReply, BuildRequest } from "./build-worker.ts";
import { FIXTURE_CONTENT, ROOT } from "./paths.ts";

export interface Edit {
  /** File inside the fixture's content/, e.g. "en/victim-contact/tips-for-advocates.md". */
  file: string;
  /** Start from a copy of this file inside the fixture's content/ (to make a new file from an existing one). */
  copyOf?: string;
  /** Replace this exact text (must be present) … */
  find?: string;
  /** … with this; or, with no `find`, the whole file becomes this (or is deleted when null). */
  replace: string | null;
}

/**
 * An edit of locales.json that leaves only these languages published (the others' folders are then
 * skipped), each optionally changed: for fixtures that need not render every language.
 *
 * @example
 * publishedOnly({ en: {}, ko: { lang: "ko-KR" } }) // → English and Korean (as ko-KR, published though the fixture keeps it unpublished); the rest unpublished
 */
export function publishedOnly(kept: Record<string, Record<string, unknown>>): Edit {
  const locales = JSON.parse(readFileSync(path.join(FIXTURE_CONTENT, "_data", "locales.json"), "utf8")) as { code: string }[];
  return { file: "_data/locales.json", replace: JSON.stringify(locales.map((l) => (l.code in kept ? { ...l, published: true, ...kept[l.code] } : { ...l, published: false })), null, 1) };
}

/** English only: for fixtures about English content, whose build need not render five more languages to fail. */
export const englishOnly = (): Edit => publishedOnly({ en: {} });

/**
 * Edits that delete every printable of these languages but the kept ones, and the changelog's mentions
 * of those deleted: for a build that needs one printable of a kind, not every one printed first.
 *
 * @example
 * onlyPrintables(["en"], ["partnering-card.md"]) // → deletions of the other en/print/*.md, and a changelog without them
 */
export function onlyPrintables(codes: string[], kept: string[]): Edit[] {
  const gone = codes.flatMap((code) =>
    readdirSync(path.join(FIXTURE_CONTENT, code, "print"))
      .filter((f) => f.endsWith(".md") && !kept.includes(f))
      .map((f) => `${code}/print/${f}`),
  );
  const keys = new Set(gone.map((f) => matter(readFileSync(path.join(FIXTURE_CONTENT, f), "utf8")).data.translationKey as string));
  // An entry's pages: translation keys, or "*" for the whole guide.
  const changelog = JSON.parse(readFileSync(path.join(FIXTURE_CONTENT, "_data", "changelog.json"), "utf8")) as { pages: string[] | "*" }[];
  const remaining = changelog
    .map((entry) => (entry.pages === "*" ? entry : { ...entry, pages: entry.pages.filter((key) => !keys.has(key)) }))
    .filter((entry) => entry.pages.length);
  return [...gone.map((file) => ({ file, replace: null })), { file: "_data/changelog.json", replace: JSON.stringify(remaining, null, 2) }];
}

/**
 * A copy of the frozen fixture site in a temp folder, with edits applied: the site a test describes.
 * It never starts from the real content/, so an editor's edit there cannot break a test.
 */
export function contentWith(edits: Edit[]): { dir: string; content: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "afg-fixture-"));
  const content = path.join(dir, "content");
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  for (const edit of edits) {
    const file = path.join(content, edit.file);
    mkdirSync(path.dirname(file), { recursive: true });
    if (edit.copyOf) cpSync(path.join(content, edit.copyOf), file);
    if (edit.find === undefined) {
      if (edit.replace === null) rmSync(file, { recursive: true });
      else writeFileSync(file, edit.replace);
      continue;
    }
    const before = readFileSync(file, "utf8");
    if (!before.includes(edit.find)) throw new Error(`Fixture edit: "${edit.find}" not found in ${edit.file}`);
    writeFileSync(file, before.replace(edit.find, edit.replace ?? ""));
  }
  return { dir, content, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the real build script as a user would; never throws on failure. */
export function runBuild(args: string[]): { status: number; output: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "build.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 600_000,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

let worker: ChildProcess | undefined;

function startBuildWorker(): ChildProcess {
  const child = fork(path.join(ROOT, "tests", "helpers", "build-worker.ts"), [], { cwd: ROOT, execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  // Never what keeps a test process alive; the worker leaves when this process does (disconnect).
  child.unref();
  child.channel?.unref();
  // A worker that died is replaced at the next build rather than asked again.
  child.once("exit", () => {
    if (worker === child) worker = undefined;
  });
  return child;
}
let queue: Promise<unknown> = Promise.resolve();

/**
 * The same build as `runBuild`, in one long-lived child Node per test file (tests/helpers/build-worker.ts):
 * no new process and no module loading per build, for a catalogue of small builds. The output is
 * what the command line prints. Builds run one at a time, as from a command line: the worker waits
 * out a failed build's late writes before it answers.
 */
export function buildHere(request: BuildRequest): Promise<BuildReply> {
  const child = (worker ??= startBuildWorker());
  const next = queue.then(
    () =>
      new Promise<BuildReply>((resolve, reject) => {
        // Held open only while a build is asked for: an idle worker never keeps a test process alive.
        child.channel?.ref();
        const exited = (code: number | null) => reject(new Error(`the build worker exited (${code})`));
        child.once("exit", exited);
        child.once("message", (reply) => {
          child.off("exit", exited);
          child.channel?.unref();
          resolve(reply as BuildReply);
        });
        child.send(request);
      }),
  );
  queue = next.catch(() => undefined);
  return next;
}

/** A hash of every file's path and bytes under a folder: equal hashes mean byte-for-byte equal trees. */
export function hashTree(dir: string): string {
  const hash = createHash("sha256");
  if (!existsSync(dir)) return "missing";
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(dir, file);
    hash.update(file);
    try {
      hash.update(readFileSync(full));
    } catch {
      // a directory
    }
  }
  return hash.digest("hex");
}
