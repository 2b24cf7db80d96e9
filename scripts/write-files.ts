import { writeFile } from "node:fs/promises";

/** Files open at once: enough to keep the file system's threads busy, far below any open-file limit. */
const AT_ONCE = 16;

/**
 * Writes many small files side by side, a few at a time: one after another, creating thousands of files
 * was most of a hook's time; all at once, a 10,000-page site ran out of file handles (EMFILE).
 *
 * @example
 * await writeFiles([["dist/en/a/cite.bib", "@online{…}"], ["dist/en/a/cite.ris", "TY  - ELEC…"]])
 */
export async function writeFiles(files: Iterable<readonly [string, string]>): Promise<void> {
  const queue = [...files];
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const [file, text] = queue[next++]!;
      await writeFile(file, text);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, queue.length) }, worker));
}
