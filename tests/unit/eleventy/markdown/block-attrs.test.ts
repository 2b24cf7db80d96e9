import MarkdownIt from "markdown-it";
import { describe, expect, test } from "vitest";
import { blockAttrs, parseAttrs } from "../../../../scripts/eleventy/markdown/block-attrs.ts";

const render = (s: string, file = "content/en/x.md") => new MarkdownIt().use(blockAttrs).render(s, { page: { inputPath: file } });

describe("parseAttrs", () => {
  test("an id and classes, in the order written", () => expect(parseAttrs("#notes-1 .write-space .wide")).toEqual([["id", "notes-1"], ["class", "write-space"], ["class", "wide"]]));
  test("anything but #id and .class is refused", () => {
    expect(parseAttrs("#a onclick=x")).toBeUndefined();
    expect(parseAttrs('.a"b')).toBeUndefined();
  });
});

describe("blockAttrs", () => {
  test("an id at the end of a heading or paragraph goes on it, with the space before it", () => {
    expect(render("## Head {#h}\n\nPara text {#p}\n")).toBe('<h2 id="h">Head</h2>\n<p id="p">Para text</p>\n');
  });

  test("an id and a class together", () => expect(render("Notes: {#notes-1 .write-space}\n")).toBe('<p id="notes-1" class="write-space">Notes:</p>\n'));

  test("a list item's id goes on the item, tight or loose; classes on the line after a list go on the list", () => {
    expect(render("- one {#i1}\n- [two](/x/) {#i2}\n{.checklist}\n")).toBe('<ul class="checklist">\n<li id="i1">one</li>\n<li id="i2"><a href="/x/">two</a></li>\n</ul>\n');
    expect(render("1. a {#a}\n\n2. b {#b}\n")).toBe('<ol>\n<li id="a">\n<p>a</p>\n</li>\n<li id="b">\n<p>b</p>\n</li>\n</ol>\n');
  });

  test("the last paragraph of a quote gives its id to the paragraph; one space before the braces is dropped, no more", () => {
    expect(render("> quote {#q}\n")).toBe('<blockquote>\n<p id="q">quote</p>\n</blockquote>\n');
    expect(render("two  {#t}\n")).toBe('<p id="t">two </p>\n');
  });

  test("braces that are not attributes stay as words", () => expect(render("Text with {braces} inside {#p}\n")).toBe('<p id="p">Text with {braces} inside</p>\n'));

  test("attributes anywhere else stop the render, naming the file, line and text", () => {
    expect(() => render("Para {#a} more {#p}\n")).toThrow(/content\/en\/x\.md: line 1 \("\{#a"\).*at the end of a heading, paragraph or list item/);
    expect(() => render("Intro {#i}\n\n[link](/x/){.button} {#p}\n")).toThrow(/line 3 \("\{\.b"\)/);
    expect(() => render("Para {#p onclick=alert(1)}\n")).toThrow(/line 1 \("\{#p onclick=alert\(1\)\}"\)/);
  });
});

test("outside a page (a filter, the translation tools) attributes it cannot place stay as words, and nothing is set", () => {
  expect(new MarkdownIt().use(blockAttrs).render("Para {#p onclick=x}\n", {})).toBe("<p>Para {#p onclick=x}</p>\n");
});
