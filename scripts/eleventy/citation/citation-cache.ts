// Formatted citations kept between builds (.cache/citations/<hash>.json): citeproc takes about 2 ms a
// page, the largest per-page cost of the site stage, and a rebuild cites the same pages the same way.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CACHE_ROOT, pruneEntries, storeEntry, touchEntry } from "../../build-cache.ts";
import { filesFingerprint } from "../../build-inputs.ts";
import type { PageCitation } from "./page-citation.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
const FORMATTERS = ["citeproc", "@citation-js/core", "@citation-js/plugin-csl", "@citation-js/plugin-ris"];

/** The identity of the code that formats a citation: this folder's source and the formatters' versions. A change formats everything again. */
const formatterFingerprint = () => filesFingerprint(root, [path.relative(root, here), ...FORMATTERS.map((name) => path.join("node_modules", name, "package.json"))]);

export interface CitationCache {
  get(key: string): PageCitation | undefined;
  set(key: string, citation: PageCitation): void;
}

/**
 * A content-addressed store of formatted citations: the file name is the hash of the formatter and of
 * everything that goes into the citation (`key`), so a stored citation is never out of date.
 *
 * @example
 * const cache = citationCache(); cache.get(JSON.stringify(input)) ?? buildPageCitation(input)
 */
export function citationCache(dir = path.join(CACHE_ROOT, "citations")): CitationCache {
  const fingerprint = formatterFingerprint();
  const fileOf = (key: string) => path.join(dir, `${createHash("sha256").update(fingerprint).update(key).digest("hex")}.json`);
  mkdirSync(dir, { recursive: true });
  pruneEntries(dir);
  return {
    get(key) {
      const file = fileOf(key);
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        return undefined; // not formatted before
      }
      touchEntry(file);
      return JSON.parse(text) as PageCitation;
    },
    set(key, citation) {
      // Written whole or not at all: a build stopped half-way leaves no half a citation.
      storeEntry(fileOf(key), (tmp) => writeFileSync(tmp, JSON.stringify(citation)));
    },
  };
}
