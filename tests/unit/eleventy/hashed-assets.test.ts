import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { hashAssets, hashedName, referencesOf } from "../../../scripts/eleventy/hashed-assets.ts";

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 10);

test("a hashed name carries the first 10 hex digits of the content's SHA-256 before the extension", () => {
  expect(hashedName("/assets/site.css", Buffer.from("a{}"))).toBe(`/assets/site.${sha("a{}")}.css`);
  expect(hashedName("/assets/fonts/noto-sans/x-400-normal.woff2", Buffer.from("w"))).toBe(`/assets/fonts/noto-sans/x-400-normal.${sha("w")}.woff2`);
});

test("references: url(/assets/…) in CSS, ./x.js module specifiers in JavaScript, nothing in other files", () => {
  expect(referencesOf("/assets/fonts/a.css", "src:url(/assets/fonts/a/x.woff2) format('woff2');b:url('/assets/icon.svg')")).toEqual(["/assets/fonts/a/x.woff2", "/assets/icon.svg"]);
  expect(referencesOf("/assets/js/search-page.js", 'const t=await import("./search-terms.js");import("/pagefind/pagefind.js")')).toEqual(["/assets/js/search-terms.js"]);
  expect(referencesOf("/assets/icon.svg", "url(/assets/x.css)")).toEqual([]);
});

test("a file others refer to is hashed first, and each reference names its hashed file", () => {
  const sources = new Map<string, string | Buffer>([
    ["/assets/js/page.js", 'import("./terms.js")'],
    ["/assets/js/terms.js", "export const a=1"],
    ["/assets/fonts/f.css", "src:url(/assets/fonts/f/x.woff2)"],
    ["/assets/fonts/f/x.woff2", Buffer.from("font")],
  ]);
  const hashed = hashAssets(sources);
  const terms = `/assets/js/terms.${sha("export const a=1")}.js`;
  const font = `/assets/fonts/f/x.${sha("font")}.woff2`;
  expect(hashed.get("/assets/js/terms.js")!.file).toBe(terms);
  expect(hashed.get("/assets/js/page.js")!.bytes.toString()).toBe(`import("./${terms.split("/").at(-1)}")`);
  expect(hashed.get("/assets/fonts/f.css")!.bytes.toString()).toBe(`src:url(${font})`);
  // The referring file's own name follows from its rewritten content: a new font renames the CSS too.
  expect(hashed.get("/assets/fonts/f.css")!.file).toBe(`/assets/fonts/f.${sha(`src:url(${font})`)}.css`);
  const changed = hashAssets(new Map([...sources, ["/assets/fonts/f/x.woff2", Buffer.from("font 2")]]));
  expect(changed.get("/assets/fonts/f.css")!.file).not.toBe(hashed.get("/assets/fonts/f.css")!.file);
});

test("assets that refer to each other in a circle are an error, not a loop", () => {
  expect(() => hashAssets(new Map([["/assets/a.js", 'import("./b.js")'], ["/assets/b.js", 'import("./a.js")']]))).toThrow(/in a circle/);
});
