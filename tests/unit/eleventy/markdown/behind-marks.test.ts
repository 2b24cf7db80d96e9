import { describe, expect, test } from "vitest";
import { createMarkdown } from "../../../../scripts/eleventy/markdown/create-markdown.ts";
import { behindMarks } from "../../../../scripts/eleventy/markdown/behind-marks.ts";
import { headings } from "../../../../scripts/eleventy/filters/headings.ts";

const md = createMarkdown();
md.use(behindMarks, { lookup: (env: Record<string, unknown>) => (env.behind ? { ids: ["h", "two"], label: "El texto en inglés cambió", englishUrl: "/en/a/", englishLang: "en" } : undefined) });
const source = "## Título {#h}\n\nUno. {#one}\n\n- Dos. {#two}\n";

describe("behindMarks", () => {
  test("marks exactly the listed blocks, at their start, linked to the English paragraph and left out of search", () => {
    const html = md.render(source, { behind: true });
    expect(html).toContain('<h2 id="h"><a class="behind-mark" href="/en/a/#h" hreflang="en" data-pagefind-ignore>El texto en inglés cambió</a> Título</h2>');
    expect(html).toContain('<li id="two"><a class="behind-mark" href="/en/a/#two"');
    expect(html).toContain('<p id="one">Uno.</p>');
  });
  test("marks nothing on a page with nothing behind", () => expect(md.render(source, {})).not.toContain("behind-mark"));
  test("a heading's mark is not part of its name in the table of contents", () => {
    expect(headings(md.render(source, { behind: true }))).toEqual([{ id: "h", text: "Título" }]);
  });
});
