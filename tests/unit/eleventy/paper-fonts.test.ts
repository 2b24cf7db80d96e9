import { describe, expect, test } from "vitest";
import { facesFor, fontFaces, htmlStartTag, paperText, unicodeRange } from "../../../scripts/eleventy/paper-fonts.ts";

const face = (file: string, range?: string) => `@font-face { font-family: 'Noto Sans SC'; src: url(/assets/fonts/${file}) format('woff2');${range ? ` unicode-range: ${range};` : ""} }`;

describe("unicodeRange", () => {
  test("runs of consecutive code points are joined, single ones stand alone", () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0x4e2d, 0x4e2f, 0x4e30])).toBe("U+20-22, U+4E2D, U+4E2F-4E30");
  });
});

describe("facesFor", () => {
  const css = [face("a.woff2", "U+4E00-4EFF, U+5000"), face("b.woff2", "U+AC00-D7A3"), face("c.woff2", "U+0000-00FF")].join("\n");

  test("keeps only the faces the text uses, each narrowed to the text's own characters, in the stylesheet's order", () => {
    expect(facesFor(fontFaces(css), "中 A")).toEqual([face("a.woff2", "U+4E2D"), face("c.woff2", "U+20, U+41")]);
  });

  test("a face whose range the text does not touch is left out; text with none leaves nothing", () => {
    expect(facesFor(fontFaces(css), "가")).toEqual([face("b.woff2", "U+AC00")]);
    expect(facesFor(fontFaces(css), "ع")).toEqual([]);
  });

  test("a face without a unicode-range covers everything and is kept whole", () => {
    expect(facesFor(fontFaces(face("all.woff2")), "x")).toEqual([face("all.woff2")]);
  });

  test("a code point between a range's spans, or beyond its last, is not covered (the spans are searched, not scanned)", () => {
    const spread = face("s.woff2", "U+5000, U+4E00-4E0F, U+6000-6001");
    expect(facesFor(fontFaces(spread), "\u4e10\u5001\u6002")).toEqual([]);
    expect(facesFor(fontFaces(spread), "\u6001\u4e00\u5000")).toEqual([face("s.woff2", "U+4E00, U+5000, U+6001")]);
  });

  test("wildcard ranges (U+4??) count as the span they stand for", () => {
    expect(facesFor(fontFaces(face("w.woff2", "U+4??")), "\u0450")).toEqual([face("w.woff2", "U+450")]);
  });
});

describe("paperText", () => {
  test("the paper's text and the strings its scripts print, with printable ASCII; not the rest of the page", () => {
    const text = paperText(
      '<html class="print-doc"><body><nav>导航</nav><div class="print-paper"><p>卡片 &amp; 帮助</p></div><script type="application/json" data-agency-strings>{"cut":"剪"}</script><script>var x = "脚";</script></body></html>',
    );
    for (const c of ["卡", "片", "&", "帮", "助", "剪", "~", "0"]) expect(text).toContain(c);
    for (const c of ["导", "航", "脚"]) expect(text).not.toContain(c);
  });
});

describe("htmlStartTag", () => {
  test("the <html> start tag, with its attributes, and nothing after it", () => {
    expect(htmlStartTag('<!doctype html>\n<html lang="zh-Hans" dir="ltr" class="print-doc">\n<head><p class="print-doc">')).toBe('<html lang="zh-Hans" dir="ltr" class="print-doc">');
  });
  test("a web page that mentions print-doc in its body has no print-doc in its start tag", () => {
    expect(htmlStartTag('<!doctype html><html lang="en"><body><code>class="print-doc"</code>')).toBe('<html lang="en">');
  });
  test("a fragment without <html> has none", () => {
    expect(htmlStartTag("<p>print-doc</p>")).toBe("");
  });
});
