import { writeFileSync } from "node:fs";

/**
 * Writes many small files, one after another on this thread: Node's asynchronous writes hand each file
 * to a helper thread and back, which took longer than the writing (3,800 cite files: 90–190 ms here,
 * 310–360 ms sixteen at a time; all at once, a 10,000-page site ran out of file handles).
 *
 * @example
 * writeFiles([["dist/en/a/cite.bib", "@online{…}"], ["dist/en/a/cite.ris", "TY  - ELEC…"]])
 */
export function writeFiles(files: Iterable<readonly [string, string]>): void {
  for (const [file, text] of files) writeFileSync(file, text);
}
