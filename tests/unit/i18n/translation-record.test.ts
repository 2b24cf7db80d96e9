import { describe, expect, test } from "vitest";
import { behindUnits, translationBlock, withTranslationBlock } from "../../../scripts/i18n/translation-record.ts";

const record = { status: "draft" as const, from: "0123456789ab", paragraphs: { "meta.title": "89abcdef", intro: "01234567" } };

describe("translationBlock", () => {
  test("one fixed layout, hashes quoted (an all-digit hash must stay a string)", () => {
    expect(translationBlock(record)).toEqual(["translation:", "  status: draft", '  from: "0123456789ab"', "  paragraphs:", '    meta.title: "89abcdef"', '    intro: "01234567"']);
  });
  test("a reviewed record names its reviewer and date", () => {
    expect(translationBlock({ ...record, status: "reviewed", reviewedBy: "Ana López", reviewedOn: "2027-01-15" }).slice(1, 4)).toEqual(["  status: reviewed", '  reviewedBy: "Ana López"', "  reviewedOn: 2027-01-15"]);
  });
});

describe("withTranslationBlock", () => {
  test("replaces the block and nothing else", () => {
    const lines = ["---", "title: A", "translation:", "  status: draft", "  from: 0123456789ab", "webPage: b", "---", "Body"];
    expect(withTranslationBlock(lines, 6, record)).toEqual(["---", "title: A", ...translationBlock(record), "webPage: b", "---", "Body"]);
  });
});

describe("behindUnits", () => {
  test("the units whose English hash differs from the record, or that have none", () => {
    expect(behindUnits([{ id: "meta.title", hash: "89abcdef" }, { id: "intro", hash: "ffffffff" }, { id: "new", hash: "00000000" }], record.paragraphs)).toEqual(["intro", "new"]);
  });
});
