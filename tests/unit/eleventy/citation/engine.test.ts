import { Cite } from "@citation-js/core";
import { describe, expect, test } from "vitest";
import { pageItem, sourceItem } from "../../../../scripts/eleventy/citation/csl.ts";
import { escapeLatex, formatApa, toBibtex, toCslJson, toRis, unwrapRis } from "../../../../scripts/eleventy/citation/engine.ts";
import { policyPage, tipsPage } from "./fixtures.ts";

const tips = pageItem(tipsPage);
const policy = pageItem(policyPage);

describe("formatApa (citation-js, APA 7)", () => {
  test("a web page whose author is the site: the site name is not repeated", () => {
    expect(formatApa(tips)).toEqual({
      text: "Advocate Field Guide. (2026, November 23). Practice tips for victim contact advocates. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/",
      html: "Advocate Field Guide. (2026, November 23). <i>Practice tips for victim contact advocates</i>. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/",
    });
  });

  test("a report whose author is its publisher: the publisher is not repeated", () => {
    expect(formatApa(policy).text).toBe(
      "Advocate Field Guide. (2026). Cross-systems collaboration for children and the non-abusive parent. https://advocate-field-guide.example/en/policy/cross-systems-collaboration/",
    );
  });

  test("a source document: no date, publisher not stated, what the text shows in brackets", () => {
    const item = sourceItem("cross-systems-brief", policyPage.sources[0]!, "publisher not stated");
    expect(formatApa(item).text).toBe(
      "Cross-systems Collaborations for Supporting Children and the Non-abusive Parent Involved with the Child Welfare System. (n.d.). [publisher not stated; ctccfv.org (Connecticut)]. https://ctccfv.org/",
    );
  });

  test("& is written as &amp; in the HTML", () => {
    expect(formatApa({ ...tips, title: "Fathers & men" }).html).toContain("<i>Fathers &amp; men</i>");
  });
});

describe("toBibtex", () => {
  test("a web page as @misc with a standard month, a biblatex date, the title and the URL", () => {
    expect(toBibtex(tips)).toBe(
      [
        "@misc{afg_victim_contact_tips_en,",
        "\tauthor = {{Advocate Field Guide}},",
        "\tyear = {2026},",
        "\tmonth = nov,",
        "\tdate = {2026-11-23},",
        "\ttitle = {Practice tips for victim contact advocates},",
        "\turl = {https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/},",
        "\thowpublished = {https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/},",
        "}",
        "",
      ].join("\n"),
    );
  });

  test("a report as @techreport with its institution", () => {
    const bibtex = toBibtex(policy);
    expect(bibtex).toMatch(/^@techreport\{afg_policy_cross_systems_en,/);
    expect(bibtex).toContain("\tinstitution = {Advocate Field Guide},");
  });

  test("parses back (citation-js) to the same title, date and URL, LaTeX specials and non-Latin scripts included", () => {
    const title = "Fathers & men, 50% — 简体中文 العربية";
    const [parsed] = new Cite(toBibtex({ ...tips, title })).data as { title: string; URL: string; issued: unknown }[];
    expect(parsed!.title).toBe(title);
    expect(parsed!.URL).toBe(tips.URL);
    expect(parsed!.issued).toEqual({ "date-parts": [[2026, 11, 23]] }); // from the biblatex date field
  });

  test("escapeLatex", () => {
    expect(escapeLatex("A & B 50% $1 #2 _x_ {y} ~ ^ \\")).toBe("A \\& B 50\\% \\$1 \\#2 \\_x\\_ \\{y\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
  });
});

/** A small RIS reader: tag → values, one field per line. */
function readRis(ris: string): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const line of ris.split("\n").filter(Boolean)) {
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!match) throw new Error(`not a RIS line: ${line}`);
    (fields[match[1]!] ??= []).push(match[2]!);
  }
  return fields;
}

describe("toRis", () => {
  test("one field per line, however long, from TY to ER", () => {
    const ris = toRis(policy);
    expect(ris.startsWith("TY  - RPRT\n")).toBe(true);
    expect(ris.endsWith("\nER  - \n")).toBe(true);
    const fields = readRis(ris);
    expect(fields.TI).toEqual(["Cross-systems collaboration for children and the non-abusive parent"]);
    expect(fields.UR).toEqual(["https://advocate-field-guide.example/en/policy/cross-systems-collaboration/"]);
    expect(fields.DA).toEqual(["2026/11/23/"]);
    expect(fields.PY).toEqual(["2026"]);
    expect(fields.PB).toEqual(["Advocate Field Guide"]);
    expect(fields.LA).toEqual(["en"]);
  });

  test("a web page is ELEC and parses back (citation-js) to its title, date and URL", () => {
    const ris = toRis(tips);
    expect(readRis(ris).TY).toEqual(["ELEC"]);
    const [parsed] = new Cite(ris).data as { title: string; URL: string; issued: unknown }[];
    expect(parsed).toMatchObject({ title: tips.title, URL: tips.URL, issued: { "date-parts": [[2026, 11, 23]] } });
  });

  test("unwrapRis joins citation-js's 70-character continuation lines", () => {
    expect(unwrapRis("TY  - ELEC\nUR  - https://example.org/a-long-pa\nth/\nER  - ")).toBe("TY  - ELEC\nUR  - https://example.org/a-long-path/\nER  - ");
  });
});

describe("toCslJson", () => {
  test("an array holding the item", () => {
    const [item] = JSON.parse(toCslJson(tips)) as Record<string, unknown>[];
    expect(item).toEqual({
      id: "afg-victim-contact-tips-en",
      type: "webpage",
      title: "Practice tips for victim contact advocates",
      author: [{ literal: "Advocate Field Guide" }],
      "container-title": "Advocate Field Guide",
      issued: { "date-parts": [[2026, 11, 23]] },
      URL: "https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/",
      language: "en",
      abstract: tipsPage.description,
    });
  });
});

test("APA plain text is the HTML entry without italics, characters decoded as citeproc's own text output has them", () => {
  const item = { id: "x", type: "webpage", title: "Fathers & Abusive Men <x> \"q\" 'a' 给倡导员 نصائح", author: [{ literal: "Advocate Field Guide" }], URL: "https://x.org/a?b=1&c=2", issued: { "date-parts": [[2026, 11, 23]] } };
  const citeproc = new Cite(item).format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim();
  expect(formatApa(item as never).text).toBe(citeproc);
});
