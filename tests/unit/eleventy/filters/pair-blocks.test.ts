import { describe, expect, test } from "vitest";
import { pairBlocks } from "../../../../scripts/eleventy/filters/pair-blocks.ts";

describe("pairBlocks", () => {
  test("pairs headings, paragraphs and list items by id, in the source's order, without their ids", () => {
    const en = '<h2 id="why">Why</h2><p id="intro">Programs call.</p><ul class="checklist"><li id="a">One</li><li id="b">Two</li></ul>';
    const es = '<h2 id="why">Por qué</h2><p id="intro">Los programas llaman.</p><ul class="checklist"><li id="a">Uno</li><li id="b">Dos</li></ul>';
    expect(pairBlocks(en, es)).toEqual([
      { id: "why", heading: true, className: "", source: "<h2>Why</h2>", translated: "<h2>Por qué</h2>" },
      { id: "intro", heading: false, className: "", source: "<p>Programs call.</p>", translated: "<p>Los programas llaman.</p>" },
      { id: "a", heading: false, className: "", source: '<ul class="checklist"><li>One</li></ul>', translated: '<ul class="checklist"><li>Uno</li></ul>' },
      { id: "b", heading: false, className: "", source: '<ul class="checklist"><li>Two</li></ul>', translated: '<ul class="checklist"><li>Dos</li></ul>' },
    ]);
  });

  test("an ordered list keeps its numbers; a write-in space keeps its class; a block one side lacks keeps its row", () => {
    const rows = pairBlocks('<ol><li id="x">A</li><li id="y">B</li></ol><p id="n" class="write-space">Notes:</p>', '<ol><li id="x">A1</li></ol><p id="n" class="write-space">Notas:</p><p id="extra">Más</p>');
    expect(rows.map((r) => [r.id, r.className, r.source, r.translated])).toEqual([
      ["x", "", '<ol start="1"><li>A</li></ol>', '<ol start="1"><li>A1</li></ol>'],
      ["y", "", '<ol start="2"><li>B</li></ol>', ""],
      ["n", "write-space", '<p class="write-space">Notes:</p>', '<p class="write-space">Notas:</p>'],
      ["extra", "", "", "<p>Más</p>"],
    ]);
  });
});

test("pairBlocks: given the languages, each block carries its own lang (the PDF's tags take /Lang from it)", () => {
  expect(pairBlocks('<p id="a">Hi</p><ul><li id="b">One</li></ul>', '<p id="a">مرحبا</p><ul><li id="b">واحد</li></ul>', "en", "ar").map((r) => [r.source, r.translated])).toEqual([
    ['<p lang="en">Hi</p>', '<p lang="ar">مرحبا</p>'],
    ['<ul lang="en"><li lang="en">One</li></ul>', '<ul lang="ar"><li lang="ar">واحد</li></ul>'],
  ]);
});
