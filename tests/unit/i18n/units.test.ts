import { describe, expect, test } from "vitest";
import { pageUnits, unitHash } from "../../../scripts/i18n/units.ts";
import { segmentMarkdown } from "../../../scripts/i18n/segment.ts";

const page = `---
title: "Tips: the first call"
description: Plain words.
keywords: ["first call", "voicemail"]
section: victim-contact
---

## Who these are for {#who-for}

Read the [glossary](/en/reference/glossary/#apip) **first** and \`npm\`. {#intro}

- One thing. {#one}
- Two things.
  Still two. {#two}
{.checklist}
`;

describe("pageUnits", () => {
  const units = pageUnits(page);
  test("reader-visible fields first, then every block with an id, in reading order", () => {
    expect(units.map((u) => [u.id, u.kind])).toEqual([
      ["meta.title", "title"], ["meta.description", "description"], ["meta.keywords", "keywords"],
      ["who-for", "heading"], ["intro", "paragraph"], ["one", "list-item"], ["two", "list-item"],
    ]);
  });
  test("a block's place: its first line, the line with its id, the marker before and the id after", () => {
    expect(units.find((u) => u.id === "one")!.place).toEqual({ first: 11, idLine: 11, prefix: "- ", suffix: " {#one}" });
    expect(units.find((u) => u.id === "two")!.place).toEqual({ first: 12, idLine: 13, prefix: "- ", suffix: " {#two}" });
    expect(units.find((u) => u.id === "meta.title")!.place).toEqual({ field: "title", line: 1 });
  });
  test("links, bold and code spans are codes, and write back as the same Markdown", () => {
    const intro = units.find((u) => u.id === "intro")!;
    expect(Object.values(intro.segment!.codes).map((c) => c.kind)).toEqual(["link", "strong", "code"]);
    expect(segmentMarkdown(intro.segment!, (h) => h)).toBe(intro.markdown);
  });
  test("keywords are one unit, separated by |", () => expect(units[2]!.segment!.pieces).toEqual([{ text: "first call | voicemail" }]));
});

describe("unitHash", () => {
  test("is 8 hex digits, the same however the text is wrapped", () => {
    expect(unitHash("Still  two.\nNow")).toMatch(/^[0-9a-f]{8}$/);
    expect(unitHash("Still  two.\nNow")).toBe(unitHash("Still two. Now"));
    expect(unitHash("Still two.")).not.toBe(unitHash("Still three."));
  });
});
