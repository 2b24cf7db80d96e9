// What every build stage receives: the options, the staging folder it works in, and
// which content file each built file came from (for error messages).
import path from "node:path";

export interface BuildOptions {
  content: string;
  out: string;
  /** Run the print stage (PDFs). */
  print: boolean;
  /** Run the search index stage. */
  search: boolean;
  /** A release: refuse a placeholder site address (scripts/release.ts). */
  release?: boolean;
  /** Reuse unchanged PDFs and search index from .cache/; false prints and indexes everything afresh. */
  cache?: boolean;
  /** Where progress lines go (default console.log): a test building in-process keeps them. */
  log?: (line: string) => void;
}

export interface StageContext {
  options: BuildOptions;
  /** The site being built: what the swap makes the output folder (everything in it is published). */
  staging: string;
  /** The build's own files, never published (print manifest, search records, external links, the nginx
   * server block): what the swap makes the build folder beside the output (buildFolder in build.ts). */
  internal: string;
  /** Built output file (absolute) → the content file it came from (relative to the project). */
  sourceOf: Map<string, string>;
  /** Where a stage's progress lines go: options.log, else the console. */
  log: (line: string) => void;
  /** What each stage did, by stage name, written to build-report.json in the build folder (which PDFs were printed, which pages indexed). */
  report: Record<string, unknown>;
}

export interface Stage {
  name: string;
  /** Which option switches it off, if any. */
  optional?: "print" | "search" | "release";
  run(ctx: StageContext): Promise<void>;
}

/** A failure whose message is already written for an editor: shown as it is. */
export class StageError extends Error {}

/**
 * Where a build of `out` keeps its own files, beside the site and never published: the nginx server
 * block, the print manifest, the search records and the list of external links.
 *
 * @example
 * buildFolder("dist") // → "/…/dist-build"
 */
export function buildFolder(out: string): string {
  return `${path.resolve(out)}-build`;
}
