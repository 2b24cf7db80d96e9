// esbuild's bundles and minified assets kept between builds (.cache/assets/): a rebuild with unchanged
// assets (the usual one) spends no time in esbuild.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { version as esbuildVersion } from "esbuild";
import { CACHE_ROOT, storeEntry, touchEntry } from "../build-cache.ts";

const dir = path.join(CACHE_ROOT, "assets");
const sha = (...parts: string[]) => createHash("sha256").update([esbuildVersion, ...parts].join("\u0000")).digest("hex");

/** A cache file written whole or not at all. */
const store = (file: string, text: string) => storeEntry(file, (tmp) => writeFileSync(tmp, text));

/**
 * The output of `make()` for this input (esbuild's version and the input's text make the key), made once.
 *
 * @example
 * cachedOutput(["minify", "css", css], () => transformSync(css, { loader: "css", minify: true }).code)
 */
export function cachedOutput(input: string[], make: () => string): string {
  const file = path.join(dir, `${sha(...input)}.out`);
  if (existsSync(file)) {
    touchEntry(file);
    return readFileSync(file, "utf8");
  }
  const output = make();
  store(file, output);
  return output;
}

/**
 * A bundle of `entry`, reused while every file it was made from has the same content: the files are
 * known only from the bundle (esbuild's metafile), so they are recorded with it.
 *
 * @example
 * cachedBundle("/…/packet-builder.module.js", () => ({ code, inputs: ["/…/a.js", "/…/b.js"] })) // → { code, inputs }
 */
export function cachedBundle(entry: string, make: () => { code: string; inputs: string[] }): { code: string; inputs: string[] } {
  const file = path.join(dir, `${sha("bundle", entry)}.json`);
  const hashOf = (input: string) => (existsSync(input) ? sha(readFileSync(input, "utf8")) : "missing");
  if (existsSync(file)) {
    const known = JSON.parse(readFileSync(file, "utf8")) as { inputs: [string, string][]; code: string };
    if (known.inputs.every(([input, hash]) => hashOf(input) === hash)) {
      touchEntry(file);
      return { code: known.code, inputs: known.inputs.map(([input]) => input) };
    }
  }
  const made = make();
  store(file, JSON.stringify({ inputs: made.inputs.map((input) => [input, hashOf(input)]), code: made.code }));
  return made;
}
