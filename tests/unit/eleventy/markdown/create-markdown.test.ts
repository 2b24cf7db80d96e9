import { describe, expect, test } from "vitest";
import { createMarkdown } from "../../../../scripts/eleventy/markdown/create-markdown.ts";

const md = createMarkdown();
const render = (s: string) => md.render(s);

describe("createMarkdown", () => {
  test("raw HTML comes out as visible text, never live markup", () => {
    const html = render("<script>alert(1)</script> <img src=x onerror=alert(1)> {#p}");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });
  test("javascript: links are not made into links", () => {
    expect(render("[x](javascript:alert(1)) {#p}")).not.toContain("href");
  });
  test("only id and class can be set with {…}: an event handler or a style stops the render, naming the file", () => {
    expect(render("Text {#p .c}")).toBe('<p id="p" class="c">Text</p>\n');
    expect(() => md.render('Text {#p .c onclick="alert(1)" style="color:red"}', { page: { inputPath: "content/en/x.md" } })).toThrow(/content\/en\/x\.md: line 1 .*\{#id\}/);
  });
  test("authored ids land on headings, paragraphs and list items", () => {
    const html = render("## Why {#why}\n\nPara {#para}\n\n- item {#item}\n");
    expect(html).toContain('<h2 id="why">');
    expect(html).toContain('<p id="para">');
    expect(html).toContain('<li id="item">');
  });
  test("external links send no referrer; internal links are left alone", () => {
    const html = render("[a](https://example.org/) [b](/en/x/) {#p}");
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">');
    expect(html).toContain('<a href="/en/x/">');
  });
  test("attribute-breaking quotes in text are escaped", () => {
    expect(render('Say "hi" \' <b> {#p}')).toContain("Say &quot;hi&quot; ' &lt;b&gt;");
  });
  test("a checklist class is set on the list", () => {
    expect(render("- a {#a}\n- b {#b}\n{.checklist}\n")).toContain('<ul class="checklist">');
  });
  test("an image under /assets/ gets the name assetUrl gives; an unknown one names the file and image", () => {
    const hashed = createMarkdown({ assetUrl: (p) => (p === "/assets/a.webp" ? "/assets/a.0123456789.webp" : (() => { throw new Error("unknown"); })()) });
    expect(hashed.render("![A map](/assets/a.webp) {#p}", { page: { inputPath: "content/en/x.md" } })).toContain('src="/assets/a.0123456789.webp"');
    expect(() => hashed.render("![A map](/assets/b.webp) {#p}", { page: { inputPath: "content/en/x.md" } })).toThrow(/content\/en\/x\.md: image \/assets\/b\.webp/);
  });
  test("an image is a link to itself named by its alt text; the image reserves its box (assetSize) and loads lazily", () => {
    const sized = createMarkdown({ assetUrl: (p) => p.replace(".webp", ".0123456789.webp"), assetSize: () => ({ width: 936, height: 801 }) });
    expect(sized.render("![A form & its *fields*](/assets/a.webp) {#p}", {})).toBe(
      '<p id="p"><a class="md-image" href="/assets/a.0123456789.webp"><img src="/assets/a.0123456789.webp" alt="" width="936" height="801" loading="lazy" decoding="async"><span class="md-image__label">A form &amp; its fields</span></a></p>\n',
    );
  });
});
