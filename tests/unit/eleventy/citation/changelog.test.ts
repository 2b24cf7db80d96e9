import { describe, expect, test } from "vitest";
import { changelogErrors, changes, lastChange } from "../../../../scripts/eleventy/citation/changelog.ts";

const entries = [
  { date: "2026-11-23", summary: { en: "First edition." }, pages: "*" as const },
  { date: "2027-02-01", summary: { en: "Policy page: new state example." }, pages: ["policy-cross-systems"] },
  { date: "2027-02-01", summary: { en: "Glossary: two new terms." }, pages: ["glossary"] },
];

describe("changes", () => {
  test("newest first, same-day entries in file order, each with a unique anchor", () => {
    expect(changes(entries).map((c) => [c.date, c.id])).toEqual([
      ["2027-02-01", "change-2027-02-01"],
      ["2027-02-01", "change-2027-02-01-2"],
      ["2026-11-23", "change-2026-11-23"],
    ]);
  });
});

describe("lastChange", () => {
  test("the newest change naming the page", () => {
    expect(lastChange(changes(entries), "policy-cross-systems", "2026-11-23")).toEqual({ date: "2027-02-01", id: "change-2027-02-01" });
    expect(lastChange(changes(entries), "glossary", "2026-11-23")).toEqual({ date: "2027-02-01", id: "change-2027-02-01-2" });
  });
  test("a change to every page counts for each page", () => {
    expect(lastChange(changes(entries), "victim-contact-tips", "2026-11-20")).toEqual({ date: "2026-11-23", id: "change-2026-11-23" });
  });
  test("no change naming the page: its last-reviewed date", () => {
    expect(lastChange(changes(entries.slice(1)), "victim-contact-tips", "2026-11-20")).toEqual({ date: "2026-11-20" });
  });
});

describe("changelogErrors", () => {
  test("names the entry and page that is not a translationKey", () => {
    const errors = changelogErrors(entries, ["glossary"], "content/_data/changelog.json");
    expect(errors.map((e) => e.message)).toEqual([
      'content/_data/changelog.json: [1].pages[0]: expected the translationKey of an English page (got "policy-cross-systems")',
    ]);
  });
});
