// XLIFF in, on a copy of the frozen fixture site (no build): an untouched export changes no byte, one
// edited target changes one line, a review is recorded only with a name and a date, and every bad file
// is refused with one message naming file, unit and problem while nothing at all changes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { exportLanguage } from "../../../scripts/i18n/export.ts";
import { ImportError, importXliff } from "../../../scripts/i18n/import.ts";
import { contentWith, hashTree } from "../../helpers/build-fixture.ts";
import { ROOT } from "../../helpers/paths.ts";

const layouts = path.join(ROOT, "layouts");
const PAGE = "victim-contact/tips-for-advocates";
let site: ReturnType<typeof contentWith>;
let exported: string;

/** A fresh folder holding only this one XLIFF file of the export, changed by `edit`. */
function oneFile(name: string, edit: (xml: string) => string): string {
  const dir = mkdtempSync(path.join(site.dir, "xliff-"));
  const xml = readFileSync(path.join(exported, name), "utf8");
  const changed = edit(xml);
  expect(changed, "the test's edit must change the file").not.toBe(xml);
  writeFileSync(path.join(dir, path.basename(name)), changed);
  return path.join(dir, path.basename(name));
}
const run = (paths: string[]) => importXliff({ content: site.content, layouts, paths });
const page = (code: string) => readFileSync(path.join(site.content, code, `${PAGE}.md`), "utf8");

beforeAll(() => {
  site = contentWith([]);
  exported = path.join(site.dir, "export-es");
  exportLanguage({ content: site.content, layouts, lang: "es", out: exported });
  exportLanguage({ content: site.content, layouts, lang: "ar", out: path.join(site.dir, "export-ar") });
});
afterAll(() => site.cleanup());

test("importing an untouched export (two languages, pages, printables and interface strings) changes no byte of content/", () => {
  const before = hashTree(site.content);
  expect(run([exported, path.join(site.dir, "export-ar")]).changed).toEqual([]);
  expect(hashTree(site.content)).toBe(before);
});

test("one edited target changes exactly that paragraph's line, links kept and pointing at the Spanish pages", () => {
  const copy = mkdtempSync(path.join(tmpdir(), "afg-one-edit-"));
  cpSync(site.content, copy, { recursive: true });
  try {
    const file = oneFile(`${PAGE}.es.xlf`, (xml) => xml.replace("Esa llamada puede requerir algo más de reflexión.</target>", "Esa llamada pide *calma* y [tiempo].</target>"));
    const before = readFileSync(path.join(copy, "es", `${PAGE}.md`), "utf8").split("\n");
    importXliff({ content: copy, layouts, paths: [file] });
    const after = readFileSync(path.join(copy, "es", `${PAGE}.md`), "utf8").split("\n");
    expect(after.length).toBe(before.length);
    const changed = after.map((line, i) => [line, before[i]]).filter(([a, b]) => a !== b);
    expect(changed).toHaveLength(1);
    expect(changed[0]![0]).toMatch(/^Estos consejos .*\[contacto con la víctima\]\(\/es\/reference\/glossary\/#victim-contact\).* Esa llamada pide \\\*calma\\\* y \\\[tiempo\\\]\. \{#tips-audience\}$/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

describe("a review travels only with a person's name and a date", () => {
  const allReviewed = (xml: string) => xml.replace(/<segment state="(translated|initial)"( subState="[^"]*")?>/g, '<segment state="reviewed">');
  test("every unit reviewed and the file naming reviewer and date: the page becomes reviewed, stale paragraphs now current", () => {
    const copy = mkdtempSync(path.join(tmpdir(), "afg-review-"));
    cpSync(site.content, copy, { recursive: true });
    try {
      const file = oneFile(`${PAGE}.es.xlf`, (xml) => allReviewed(xml).replace('<mda:meta type="reviewedBy"></mda:meta>', '<mda:meta type="reviewedBy">Ana López</mda:meta>').replace('<mda:meta type="reviewedOn"></mda:meta>', '<mda:meta type="reviewedOn">2027-01-15</mda:meta>'));
      importXliff({ content: copy, layouts, paths: [file] });
      const text = readFileSync(path.join(copy, "es", `${PAGE}.md`), "utf8");
      expect(text).toContain('translation:\n  status: reviewed\n  reviewedBy: "Ana López"\n  reviewedOn: 2027-01-15\n');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
  test("units marked reviewed in a file that names nobody are refused", () => {
    const file = oneFile(`${PAGE}.es.xlf`, allReviewed);
    expectRefused([file], [file, "unit meta.title", "names no reviewer"]);
  });
});

/** The import throws one ImportError whose message names these, and content/ is byte-for-byte as before. */
function expectRefused(paths: string[], fragments: string[]): void {
  const before = hashTree(site.content);
  let error: unknown;
  try {
    run(paths);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ImportError);
  const message = (error as ImportError).message;
  expect((error as ImportError).problems, message).toHaveLength(1);
  for (const fragment of fragments) expect(message).toContain(fragment);
  expect(message).toContain("nothing was imported");
  expect(hashTree(site.content)).toBe(before);
}

describe("a bad file is refused with one message naming file, unit and problem, and changes nothing", () => {
  const name = `${PAGE}.es.xlf`;
  test.each([
    ["not XML", (x: string) => x.slice(0, x.length / 2), ["not well-formed XML"]],
    ["not XLIFF 2 (an XLIFF 1.2 file)", (x: string) => x.replace('version="2.0"', 'version="1.2"').replace("urn:oasis:names:tc:xliff:document:2.0", "urn:oasis:names:tc:xliff:document:1.2"), ["not XLIFF 2", 'version="1.2"']],
    ["the wrong source language", (x: string) => x.replace('srcLang="en"', 'srcLang="fr"'), ['srcLang "fr"']],
    ["a target language the site does not have", (x: string) => x.replace('trgLang="es"', 'trgLang="de"'), ['trgLang "de"', "not a translation language"]],
    ["a unit id the page does not have", (x: string) => x.replace('<unit id="tips-intro"', '<unit id="tips-introduction"'), ["unit tips-introduction", "no unit with this id"]],
    ["a missing inline code", (x: string) => x.replace(/(<target>Estos consejos[^]*?)<pc id="1"[^>]*>(contacto con la víctima)<\/pc>/, "$1$2"), ["unit tips-audience", "missing inline code 1 (link to /en/reference/glossary/#victim-contact)"]],
    ["an extra inline code", (x: string) => x.replace("Tenga esto en cuenta en cada llamada:</target>", 'Tenga esto en cuenta <ph id="7"/>en cada llamada:</target>'), ["unit tips-intro", "extra inline code 7"]],
    ["a copied inline code", (x: string) => x.replace(/(<target>Estos consejos[^]*?)(<pc id="1"[^>]*>)/, '$1<pc id="1" type="link" dataRefStart="d1s" dataRefEnd="d1e">dos</pc> $2'), ["unit tips-audience", "inline code 1 (link to /en/reference/glossary/#victim-contact) appears twice"]],
    ["a target that would break the Markdown (it would make a list)", (x: string) => x.replace("<target>Tenga esto en cuenta en cada llamada:</target>", "<target>1. Tenga esto en cuenta:</target>"), ["unit tips-intro", "would break the Markdown"]],
    ["a target that would break the Markdown (it would make a heading)", (x: string) => x.replace("<target>Tenga esto en cuenta en cada llamada:</target>", "<target># Tenga esto en cuenta:</target>"), ["unit tips-intro", "would break the Markdown"]],
    ["an empty target", (x: string) => x.replace("<target>Tenga esto en cuenta en cada llamada:</target>", "<target> </target>"), ["unit tips-intro", "the target is empty"]],
  ])("%s", (_name, edit, fragments) => {
    const file = oneFile(name, edit as (x: string) => string);
    expectRefused([file], [file, ...(fragments as string[])]);
  });

  test("a source that no longer matches the English (the English moved on since the export)", () => {
    const english = path.join(site.content, "en", `${PAGE}.md`);
    const original = readFileSync(english, "utf8");
    writeFileSync(english, original.replace("Keep these in mind for every call:", "Keep these points in mind on every call:"));
    try {
      expectRefused([path.join(exported, name)], [name, "unit tips-intro", "the source no longer matches the English"]);
    } finally {
      writeFileSync(english, original);
    }
  });

  test("all or nothing: a good edited file imported with a bad one changes nothing either", () => {
    const dir = mkdtempSync(path.join(site.dir, "mixed-"));
    const good = oneFile(name, (x) => x.replace("Tenga esto en cuenta en cada llamada:</target>", "Recuerde esto en cada llamada:</target>"));
    cpSync(good, path.join(dir, "good.es.xlf"));
    const bad = oneFile("_interface.es.xlf", (x) => x.replace(/<target>Salida rápida<\/target>/, '<target>Salida <ph id="3"/>rápida</target>'));
    cpSync(bad, path.join(dir, "interface.es.xlf"));
    expectRefused([dir], ["interface.es.xlf", "unit quickExit.label", "extra inline code 3"]);
    expect(page("es")).toContain("Tenga esto en cuenta en cada llamada:");
  });
});
