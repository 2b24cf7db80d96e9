import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { cssInputs, htmlInputs, InputHasher } from "../../../scripts/print/inputs.ts";

describe("htmlInputs", () => {
  test("stylesheets, scripts and images are inputs; links to pages and data-* attributes are not", () => {
    const html = `<link rel="stylesheet" href="/assets/site.css"><script src="/assets/js/print-fit.js" defer></script>
      <img src="/assets/icon.svg" alt=""><img data-print-src="/en/print/x.png"><a href="/en/">home</a><link rel="icon" href="/assets/icon.svg">`;
    expect(htmlInputs(html).sort()).toEqual(["/assets/icon.svg", "/assets/js/print-fit.js", "/assets/site.css"]);
  });
});

describe("cssInputs", () => {
  test("url() references resolve against the stylesheet; data: and remote URLs are skipped", () => {
    const css = "src: url(/assets/fonts/a.woff2) format('woff2'); background: url('img/b.svg'); x: url(data:image/png;base64,AA) url(https://x.org/c.png)";
    expect(cssInputs(css, "/assets/css/print.css")).toEqual(["/assets/fonts/a.woff2", "/assets/css/img/b.svg"]);
  });
});

describe("InputHasher", () => {
  test("a page's hash changes when a font its stylesheet loads changes, not when an unrelated file does", () => {
    const root = mkdtempSync(path.join(tmpdir(), "afg-inputs-"));
    try {
      mkdirSync(path.join(root, "p"), { recursive: true });
      writeFileSync(path.join(root, "p", "index.html"), '<link rel="stylesheet" href="/f.css">');
      writeFileSync(path.join(root, "f.css"), "@font-face { src: url(/font.woff2) }");
      writeFileSync(path.join(root, "font.woff2"), "v1");
      writeFileSync(path.join(root, "other.txt"), "a");
      const before = new InputHasher(root).page("/p/");
      writeFileSync(path.join(root, "other.txt"), "b");
      expect(new InputHasher(root).page("/p/")).toBe(before);
      writeFileSync(path.join(root, "font.woff2"), "v2");
      expect(new InputHasher(root).page("/p/")).not.toBe(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
