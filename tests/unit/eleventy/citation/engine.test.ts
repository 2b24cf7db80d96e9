import { Cite } from "@citation-js/core";
import { describe, expect, test } from "vitest";
import { pageItem, sourceItem } from "../../../../scripts/eleventy/citation/csl.ts";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";
import { escapeLatex, formatApa, langid, risId, toBibtex, toCslJson, toRis, unwrapRis } from "../../../../scripts/eleventy/citation/engine.ts";
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
  test("a biblatex @online entry: organisational author, full date with year and month, URL with urldate, langid, abstract", () => {
    expect(toBibtex(tips, { urldate: "2026-12-01" })).toBe(
      [
        "@online{afg_victim_contact_tips_en,",
        "\tauthor = {{Advocate Field Guide}},",
        "\ttitle = {Practice tips for victim contact advocates},",
        "\torganization = {Advocate Field Guide},",
        "\tdate = {2026-11-23},",
        "\tyear = {2026},",
        "\tmonth = nov,",
        "\turl = {https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/},",
        "\turldate = {2026-12-01},",
        "\tlangid = {english},",
        `\tabstract = {${tipsPage.description}},`,
        "}",
        "",
      ].join("\n"),
    );
  });

  test("a report is @online too, its publisher the organization", () => {
    const bibtex = toBibtex(policy, { urldate: "2026-11-23" });
    expect(bibtex).toMatch(/^@online\{afg_policy_cross_systems_en,/);
    expect(bibtex).toContain("\torganization = {Advocate Field Guide},");
  });

  test("reads back through an independent parser (@retorquere/bibtex-parser), LaTeX specials and non-Latin scripts included", async () => {
    const title = "Fathers & men, 50% — 简体中文 العربية";
    const { entries } = await parseBibtex(toBibtex({ ...tips, title, language: "zh-Hans", abstract: "A & B" }, { urldate: "2026-12-01" }));
    expect(entries[0]!.type).toBe("online");
    expect(entries[0]!.fields).toMatchObject({ title, url: tips.URL, date: "2026-11-23", urldate: "2026-12-01", langid: "chinese", abstract: "A & B", author: [{ name: "Advocate Field Guide" }] });
  });

  test("langid is the language's English name, as babel and polyglossia call it", () => {
    expect(["en", "es", "vi", "zh-Hans", "ko", "ar"].map(langid)).toEqual(["english", "spanish", "vietnamese", "chinese", "korean", "arabic"]);
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
    expect(Object.keys(fields).indexOf("PY")).toBeLessThan(Object.keys(fields).indexOf("DA"));
    expect(readRis(toRis({ ...policy, issued: { "date-parts": [[2026, 12, 3]] } })).DA).toEqual(["2026/12/03/"]);
    expect(fields.PY).toEqual(["2026"]);
    expect(fields.PB).toEqual(["Advocate Field Guide"]);
    expect(fields.LA).toEqual(["en"]);
  });

  test("a web page is ELEC and reads back through an independent parser (astrocite) to its title, author, date, language and URL", () => {
    const ris = toRis(tips);
    expect(readRis(ris).TY).toEqual(["ELEC"]);
    const [parsed] = parseRis(ris);
    expect(parsed).toMatchObject({ title: tips.title, URL: tips.URL, language: "en", issued: { "date-parts": [["2026", "11", "23"]] } });
    expect(parsed!.author!.map((a: { given?: string; family?: string }) => [a.given, a.family].filter(Boolean).join(" "))).toEqual(["Advocate Field Guide"]);
  });

  test("an ID of its own within RIS's 20 characters: the same page in six languages gives six IDs", () => {
    const ids = ["en", "es", "vi", "zh-hans", "ko", "ar"].map((code) => readRis(toRis({ ...tips, id: `afg-victim-contact-tips-${code}` })).ID![0]!);
    expect(new Set(ids).size).toBe(6);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(20);
    expect(risId("afg-short-en")).toBe("afg-short-en");
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
