// Two builds of the frozen fixture site (tests/fixtures/site), PDFs and search index included, are
// byte-identical: the first may use the print cache, the second prints everything afresh into another
// folder at another time. The fixture holds a card, a handout and a packet in a left-to-right and a
// right-to-left language, and each one's reference pages as PDFs: every kind of file the real build makes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { contentWith, onlyPrintables, publishedOnly, runBuild } from "../helpers/build-fixture.ts";

/** Every file under a folder, as sorted relative paths. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

// The source language and the right-to-left one, each with one card, one handout and the packet of
// that handout: every kind of file, and nothing printed twice over for the same kind.
const site = contentWith([publishedOnly({ en: {}, ar: {} }), ...onlyPrintables(["en", "ar"], ["children-safety-card.md", "childrens-safety-handout.md"])]);
afterAll(() => site.cleanup());

test("a clean rebuild, printed afresh, equals the first build byte for byte", () => {
  const first = path.join(site.dir, "first");
  const again = path.join(site.dir, "again");
  const one = runBuild(["--content", site.content, "--out", first]);
  expect(one.status, one.output).toBe(0);
  const two = runBuild(["--content", site.content, "--out", again, "--no-cache"]);
  expect(two.status, two.output).toBe(0);
  expect(two.output).toMatch(/print pages: \d+ printed, 0 from cache/);
  const ours = files(first);
  expect(files(again)).toEqual(ours);
  const pdfs = ["children-safety-card", "children-safety-card-letter", "children-safety-card-a4", "childrens-safety-handout", "childrens-safety-handout-letter", "childrens-safety-handout-a4", "packet-families-in-contact-letter", "packet-families-in-contact-a4"];
  // …with the card's discreet edition in both languages, and the handout's bilingual sheets in the translation only.
  const editions = [
    ...["en", "ar"].flatMap((code) => ["children-safety-card-discreet", "children-safety-card-discreet-letter", "children-safety-card-discreet-a4"].map((name) => path.join(code, "print", `${name}.pdf`))),
    ...["childrens-safety-handout-bilingual-letter", "childrens-safety-handout-bilingual-a4"].map((name) => path.join("ar", "print", `${name}.pdf`)),
  ];
  // …and the PDF of every reference page (the fixture translates them all into Arabic).
  const referencePages = readdirSync(path.join(site.content, "en"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md") && f.includes(path.sep) && !f.startsWith("print"));
  const referencePdfs = ["ar", "en"].flatMap((code) => referencePages.map((f) => path.join(code, f.replace(/\.md$/, ""), `${path.basename(f, ".md")}.pdf`)));
  expect(referencePdfs.length).toBeGreaterThanOrEqual(16);
  expect(ours.filter((f) => f.endsWith(".pdf")).sort()).toEqual([...["ar", "en"].flatMap((code) => pdfs.map((name) => path.join(code, "print", `${name}.pdf`))), ...editions, ...referencePdfs].sort());
  const different = ours.filter((f) => !readFileSync(path.join(first, f)).equals(readFileSync(path.join(again, f))));
  expect(different).toEqual([]);
}, 600_000);
