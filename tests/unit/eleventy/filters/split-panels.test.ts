import { describe, expect, test } from "vitest";
import { splitPanels } from "../../../../scripts/eleventy/filters/split-panels.ts";

describe("splitPanels", () => {
  test("one section per <h2>, each with everything up to the next", () => {
    const html = '<h2 id="a">A</h2>\n<p>one</p>\n<h2 id="b">B</h2>\n<ul><li>two</li></ul>\n';
    expect(splitPanels(html)).toEqual({ intro: "", sections: ['<h2 id="a">A</h2>\n<p>one</p>', '<h2 id="b">B</h2>\n<ul><li>two</li></ul>'] });
  });

  test("text before the first heading is the intro; <h3> and <header> do not split", () => {
    const { intro, sections } = splitPanels('<p>lead</p><h2>A</h2><h3>sub</h3><header>x</header><h2 class="c">B</h2>');
    expect(intro).toBe("<p>lead</p>");
    expect(sections).toEqual(["<h2>A</h2><h3>sub</h3><header>x</header>", '<h2 class="c">B</h2>']);
  });

  test("six sections in, six panels out", () => {
    const html = Array.from({ length: 6 }, (_, i) => `<h2 id="s${i}">S${i}</h2><p>${i}</p>`).join("\n");
    expect(splitPanels(html).sections).toHaveLength(6);
  });
});
