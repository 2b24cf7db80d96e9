import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkLinks, scanHtml } from "../../scripts/check-links.ts";

function site(pages: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "afg-links-"));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), html);
  }
  return root;
}

describe("checkLinks", () => {
  test("resolving pages, files and anchors pass; externals are listed, not fetched", () => {
    const root = site({
      "en/index.html": '<a href="/en/a/#x">a</a><a href="https://example.org/">e</a><a href="#top">t</a><p id="top"></p><a href="/f.pdf">f</a><a href="mailto:a@b.c">m</a>',
      "en/a/index.html": '<h2 id="x">x</h2>',
      "f.pdf": "%PDF",
    });
    expect(checkLinks(root, new Map())).toEqual({ broken: [], external: ["https://example.org/"] });
  });
  test("missing pages, missing anchors, slashless directory links and odd schemes are broken", () => {
    const root = site({
      "en/index.html": '<a href="/en/nope/">1</a><a href="/en/a/#nope">2</a><a href="/en/a">3</a><a href="javascript:alert(1)">4</a>',
      "en/a/index.html": "<p>a</p>",
    });
    const { broken } = checkLinks(root, new Map([[path.join(root, "en/index.html"), "content/en/index.md"]]));
    expect(broken.map((b) => b.href)).toEqual(["/en/nope/", "/en/a/#nope", "/en/a", "javascript:alert(1)"]);
    expect(broken[0]!.source).toBe("content/en/index.md");
  });
  test("a skip rule leaves some links unchecked", () => {
    const root = site({ "en/index.html": '<a href="/en/print/card.pdf">pdf</a>' });
    expect(checkLinks(root, new Map(), (href) => href.endsWith(".pdf")).broken).toEqual([]);
  });
});

test("scanHtml decodes entities in ids and hrefs", () => {
  const { ids, hrefs } = scanHtml('<p id="a&amp;b"></p><a href="/x/?a=1&amp;b=2">x</a>');
  expect([...ids]).toEqual(["a&b"]);
  expect(hrefs).toEqual(["/x/?a=1&b=2"]);
});
