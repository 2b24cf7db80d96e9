// What every build stage receives: the options, the staging folder it works in, and
// which content file each built file came from (for error messages).
export interface BuildOptions {
  content: string;
  out: string;
  /** Run the print stage (PDFs). */
  print: boolean;
  /** Run the search index stage. */
  search: boolean;
  /** Reuse unchanged PDFs and search index from .cache/; false prints and indexes everything afresh. */
  cache?: boolean;
  /** Where progress lines go (default console.log): a test building in-process keeps them. */
  log?: (line: string) => void;
}

export interface StageContext {
  options: BuildOptions;
  staging: string;
  /** Built output file (absolute) → the content file it came from (relative to the project). */
  sourceOf: Map<string, string>;
  /** Where a stage's progress lines go: options.log, else the console. */
  log: (line: string) => void;
}

export interface Stage {
  name: string;
  /** Which option switches it off, if any. */
  optional?: "print" | "search";
  run(ctx: StageContext): Promise<void>;
}

/** A failure whose message is already written for an editor: shown as it is. */
export class StageError extends Error {}
