import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { assetsNamedIn, assetsUsedBy, offlinePackFiles, pagefindFiles } from "../../../scripts/offline/pack-files.ts";

let site: string;
const write = (file: string, content = "x") => {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), content);
};
const page = (assets: string) => `<!doctype html><html><head>${assets}</head><body><a href="/es/">es</a><a href="/en/print/card.pdf">PDF</a></body></html>`;

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), "afg-pack-"));
  write("en/index.html", page('<link rel="stylesheet" href="/assets/site.1.css"><script src="/assets/site.1.js" defer></script>'));
  write("en/a/index.html", page('<img src="/assets/screens/en/a.1.webp" srcset="/assets/screens/en/a.1.webp 1x, /assets/screens/en/a2.1.webp 2x"><script type="module" src="/assets/js/search-page.1.js"></script>'));
  write("en/print/card.pdf");
  write("es/index.html", page('<link rel="stylesheet" href="/assets/es-only.1.css">'));
  write("assets/site.1.css", "@import x; a { background: url(/assets/fonts/a.1.woff2) }");
  write("assets/fonts/a.1.woff2");
  write("assets/site.1.js");
  write("assets/js/search-page.1.js", 'import("./search-terms.1.js"); import("/pagefind/pagefind.js")');
  write("assets/js/search-terms.1.js");
  write("assets/screens/en/a.1.webp");
  write("assets/screens/en/a2.1.webp");
  write("assets/es-only.1.css");
  write("pagefind/pagefind-entry.json", JSON.stringify({ languages: { en: { hash: "en_h", wasm: "en" }, "zh-hans": { hash: "zh-hans_h", wasm: null } } }));
  for (const file of ["pagefind.js", "pagefind-worker.js", "pagefind.en_h.pf_meta", "pagefind.zh-hans_h.pf_meta", "wasm.en.pagefind", "wasm.unknown.pagefind"]) write(`pagefind/${file}`);
  for (const file of ["index/en_1.pf_index", "fragment/en_2.pf_fragment", "filter/en_3.pf_filter", "index/zh-hans_1.pf_index", "fragment/zh-hans_2.pf_fragment"]) write(`pagefind/${file}`);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

test("the assets a page names: href, src and each candidate of srcset, under /assets/ only", () => {
  expect(assetsNamedIn('<link rel="icon" href="/assets/i.svg?v=1"><img srcset="/assets/a.webp 1x, /assets/b.webp 2x" src="/assets/a.webp"><a href="/en/">x</a>')).toEqual([
    "/assets/i.svg",
    "/assets/a.webp",
    "/assets/b.webp",
  ]);
});

test("assets are followed through stylesheets (fonts) and scripts (modules), and one missing names the page", () => {
  expect(assetsUsedBy(site, ["/en/index.html", "/en/a/index.html"])).toEqual([
    "/assets/fonts/a.1.woff2",
    "/assets/js/search-page.1.js",
    "/assets/js/search-terms.1.js",
    "/assets/screens/en/a.1.webp",
    "/assets/screens/en/a2.1.webp",
    "/assets/site.1.css",
    "/assets/site.1.js",
  ]);
  write("en/broken/index.html", page('<script src="/assets/gone.1.js"></script>'));
  expect(() => assetsUsedBy(site, ["/en/broken/index.html"])).toThrow("/en/broken/index.html loads /assets/gone.1.js, which is not in the built site");
  rmSync(path.join(site, "en/broken"), { recursive: true });
});

test("a language's Pagefind files: shared loader and entry, its own metadata, WebAssembly and chunks; 'unknown' WebAssembly where it has none", () => {
  expect(pagefindFiles(site, "en")).toEqual([
    "/pagefind/filter/en_3.pf_filter",
    "/pagefind/fragment/en_2.pf_fragment",
    "/pagefind/index/en_1.pf_index",
    "/pagefind/pagefind-entry.json",
    "/pagefind/pagefind.en_h.pf_meta",
    "/pagefind/pagefind.js",
    "/pagefind/wasm.en.pagefind",
  ]);
  expect(pagefindFiles(site, "zh-hans")).toContain("/pagefind/wasm.unknown.pagefind");
  expect(() => pagefindFiles(site, "ko")).toThrow('the search index has no language "ko" (it has en, zh-hans)');
});

test("the English pack: its pages, what they load and its search; no PDF, no other language, no Pagefind worker", () => {
  const files = offlinePackFiles(site, { code: "en", lang: "en" });
  expect(files.filter((f) => f.startsWith("/en/"))).toEqual(["/en/a/index.html", "/en/index.html"]);
  expect(files).not.toContain("/assets/es-only.1.css");
  expect(files.filter((f) => /\.pdf$|zh-hans|pagefind-worker/.test(f))).toEqual([]);
  expect(files).toContain("/pagefind/index/en_1.pf_index");
});
