// The bilingual handouts and discreet pocket cards in dist/, read back with poppler and pdf-lib: both
// languages in the text layer, each paragraph id's two versions on one page (or stacked halves, English
// first, where two columns did not fit), each column's language in the tags, a title naming both
// languages, fonts embedded, the draft label; a discreet card whose cover (cropped), inside, sheets and
// metadata carry no giveaway word of any language, and the help line as a plain number. Preview pages,
// the catalog and search lead to them. (The build stopping on a giveaway word: tests/build/print.test.ts.)
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { describe, expect, test } from "vitest";
import { elements, text, type Element } from "../../scripts/html/parse.ts";
import { buildFolder } from "../../scripts/stage.ts";
import { CONTENT, DIST } from "../helpers/paths.ts";
import { usedFonts } from "../helpers/pdf.ts";
import { pdfInfo, poppler } from "../helpers/pdf-text.ts";

interface Locale {
  code: string;
  lang: string;
  dir: string;
  label: string;
  fonts: string[];
  published?: boolean;
}
const locales = (JSON.parse(readFileSync(path.join(CONTENT, "_data/locales.json"), "utf8")) as Locale[]).filter((l) => l.published !== false);
const english = locales[0]!;
const dictionary = (code: string) => JSON.parse(readFileSync(path.join(CONTENT, "_data/i18n", `${code}.json`), "utf8")) as Record<string, string>;
const giveaway = JSON.parse(readFileSync(path.join(CONTENT, "_data/giveawayWords.json"), "utf8")) as Record<string, string[]>;
const organization = JSON.parse(readFileSync(path.join(CONTENT, "_data/organization.json"), "utf8")) as { name: string; phone: string };

/** Text as compared: no spaces, punctuation, symbols, bidi marks, Arabic vowel marks or tatweel (pdftotext breaks Arabic words where joined glyphs meet). */
const loose = (s: string) => s.normalize("NFKC").replace(/[\s\p{P}\p{S}\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u065f\u0670\u0640]+/gu, "");
/** The giveaway words of every language the text carries, each named with its language. */
const giveawaysIn = (s: string) => {
  const haystack = s.normalize("NFC").toLocaleLowerCase().replace(/[\u064b-\u065f\u0670\u0640]/g, "").replace(/\s+/g, " ");
  return Object.entries(giveaway).flatMap(([code, words]) => words.filter((w) => haystack.includes(w.normalize("NFC").toLocaleLowerCase())).map((w) => `${code}: ${w}`));
};

function printables(code: string, format: string): { slug: string; data: Record<string, unknown> }[] {
  const dir = path.join(CONTENT, code, "print");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => ({ slug: f.replace(/\.md$/, ""), data: matter(readFileSync(path.join(dir, f), "utf8")).data }))
    .filter((p) => p.data.format === format);
}

/** Every element of a built page. */
const pageElements = (file: string, test: (e: Element) => boolean) => elements(readFileSync(path.join(DIST, file), "utf8"), test);
const links = (file: string) => pageElements(file, (e) => e.name === "a" && Boolean(e.attribs.href)).map((a) => ({ href: a.attribs.href!, download: a.attribs.download }));

/** Every /Lang in a PDF's structure tree. */
function structureLangs(doc: PDFDocument): Set<string> {
  const langs = new Set<string>();
  const visit = (node: unknown): void => {
    if (node instanceof PDFArray) for (let i = 0; i < node.size(); i++) visit(node.lookup(i));
    if (!(node instanceof PDFDict)) return;
    const lang = node.lookupMaybe(PDFName.of("Lang"), PDFString, PDFHexString);
    if (lang) langs.add(lang.decodeText());
    visit(node.lookup(PDFName.of("K")));
  };
  visit(doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict).lookup(PDFName.of("K")));
  return langs;
}

const bilingual = locales
  .filter((l) => l !== english)
  .flatMap((locale) => {
    const translated = new Map(printables(locale.code, "handout").map((p) => [p.slug, p]));
    return printables(english.code, "handout")
      .filter((h) => translated.has(h.slug))
      .flatMap((h) => ["letter", "a4"].map((paper) => ({ locale, slug: h.slug, paper, englishTitle: String(h.data.title), translated: translated.get(h.slug)!.data })));
  });

describe("bilingual handouts in dist/", () => {
  test("there is something to check: every translated handout in every language, Arabic and Chinese among them", () => {
    expect(bilingual.length).toBeGreaterThanOrEqual(2 * 8);
    expect(new Set(bilingual.map((b) => b.locale.dir))).toEqual(new Set(["ltr", "rtl"]));
  });

  test.each(bilingual.map((b) => [`${b.locale.code}/${b.slug} ${b.paper}`, b] as const))(
    "%s: both languages beside each other, paragraph by paragraph, tagged with their languages",
    async (_, { locale, slug, paper, englishTitle, translated }) => {
      const file = path.join(DIST, locale.code, "print", `${slug}-bilingual-${paper}.pdf`);
      expect(existsSync(file), file).toBe(true);
      const info = pdfInfo(file);
      // The title names both handouts and both languages.
      for (const part of [String(translated.title), englishTitle, english.label, locale.label]) expect(info.title, file).toContain(part);
      expect(info.tagged, file).toBe(true);
      const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      expect(doc.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText()).toBe(locale.lang);
      const langs = structureLangs(doc);
      expect(langs.has(english.lang) && langs.has(locale.lang), `${file}: ${[...langs].join(", ")}`).toBe(true);
      const fonts = usedFonts(doc);
      const names = fonts.map((f) => f.name.toLowerCase().replace(/[^a-z]/g, ""));
      for (const family of new Set([...english.fonts, ...locale.fonts])) expect(names.some((n) => n.startsWith(family.replace(/-/g, ""))), `${file}: ${family}`).toBe(true);
      for (const font of fonts) expect(font, file).toMatchObject({ subtype: expect.not.stringMatching(/Type3/), embedded: true });

      // One pdftotext per PDF; its pages split on form feeds.
      const pages = poppler("pdftotext", [file, "-"]).split("\f").map(loose);
      if (translated.translation && (translated.translation as { status: string }).status === "draft") expect(pages[0], file).toContain(loose(dictionary(locale.code)["print.draftTranslation"]!));
      // Each row of the print page is one paragraph id in both languages: find the pages each version is on.
      const rows = pageElements(path.join(locale.code, "print", slug, "bilingual", "index.html"), (e) => e.attribs["data-pair"] !== undefined);
      expect(rows.length).toBeGreaterThan(3);
      const pagesWith = (cell: Element, dir: string) => {
        // Right to left, word by word (and apart where the script changes, as in "وPeggy"): pdftotext puts a line's Latin runs where they fall visually.
        const parts = dir === "rtl" ? text(cell).split(/\s+|(?<=\p{Script=Arabic})(?=\p{Script=Latin})|(?<=\p{Script=Latin})(?=\p{Script=Arabic})/u).map(loose).filter((w) => w.length >= 2) : [loose(text(cell))];
        // pdftotext now and then drops a shaped Arabic glyph ("استجابةً" → "استجاب"): right to left, most words must be there.
        const needed = dir === "rtl" ? Math.ceil(parts.length * 0.8) : parts.length;
        return pages.flatMap((page, i) => (parts.filter((p) => page.includes(p)).length >= needed ? [i] : []));
      };
      const found = rows.map((row) => {
        const [source, other] = row.children.filter((n): n is Element => n.type === "tag");
        return { id: row.attribs["data-pair"]!, source: pagesWith(source!, english.dir), other: pagesWith(other!, locale.dir) };
      });
      for (const f of found) expect(f.source.length && f.other.length, `${file}: paragraph ${f.id} in both languages`).toBeTruthy();
      const sideBySide = found.every((f) => f.source.some((p) => f.other.includes(p)));
      if (!sideBySide) {
        // Stacked halves: all of the English, then all of the translation.
        expect(Math.max(...found.map((f) => Math.min(...f.source))), `${file}: neither side by side nor English first`).toBeLessThanOrEqual(Math.min(...found.map((f) => Math.max(...f.other))));
      }
    },
  );

  test("each handout's preview page offers its bilingual editions (the English one every language's), and so does the catalog; search leads to the preview", () => {
    const records = JSON.parse(readFileSync(path.join(buildFolder(DIST), "search-records.json"), "utf8")) as { code: string; preview: string }[];
    for (const { locale, slug, paper } of bilingual) {
      const pdf = `/${locale.code}/print/${slug}-bilingual-${paper}.pdf`;
      for (const page of [`${locale.code}/print/${slug}/index.html`, `${english.code}/print/${slug}/index.html`, `${locale.code}/print/index.html`]) {
        expect(links(page).map((l) => l.href), `${page}: ${pdf}`).toContain(pdf);
      }
      expect(links(`${english.code}/print/${slug}/index.html`).map((l) => l.href)).toContain(`/${locale.code}/print/${slug}/bilingual/`);
      expect(records.map((r) => r.preview)).toContain(`/${locale.code}/print/${slug}/`);
    }
  });
});

const CARD_PANEL = { width: 252, height: 144 }; // 3.5 × 2 in, in pt: the cover is the top panel of page 1

const discreet = locales.flatMap((locale) =>
  printables(english.code, "pocket-card").map((card) => {
    const own = printables(locale.code, "pocket-card").find((p) => p.slug === card.slug) ?? card;
    return { locale, slug: card.slug, title: String(own.data.title), neutral: dictionary(locale.code)["print.discreet.title"]!, fileName: dictionary(locale.code)["print.discreet.fileName"]! };
  }),
);

describe("discreet pocket cards in dist/", () => {
  test("every pocket card in every language, and no neutral cover title is itself a giveaway", () => {
    expect(discreet.length).toBe(locales.length * printables(english.code, "pocket-card").length);
    for (const d of discreet) expect(giveawaysIn(d.neutral), d.locale.code).toEqual([]);
  });

  test.each(discreet.map((d) => [`${d.locale.code}/${d.slug}`, d] as const))("%s: cover, inside, sheets and metadata say nothing that gives it away; the help line stays", async (_, d) => {
    const base = path.join(DIST, d.locale.code, "print", `${d.slug}-discreet`);
    const card = `${base}.pdf`;
    const cover = poppler("pdftotext", ["-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", String(CARD_PANEL.width), "-H", String(CARD_PANEL.height), card, "-"]);
    expect(loose(cover), card).toContain(loose(d.neutral));
    expect(giveawaysIn(cover), `${card}: cover panel`).toEqual([]);
    for (const file of [card, `${base}-letter.pdf`, `${base}-a4.pdf`]) {
      const all = poppler("pdftotext", [file, "-"]);
      expect(giveawaysIn(all), `${file}: text`).toEqual([]);
      expect(all, file).toContain(organization.phone);
      expect(loose(all), file).not.toContain(loose(organization.name));
      const info = poppler("pdfinfo", [file]);
      const meta = ["Title", "Subject", "Keywords", "Author", "Creator"].map((key) => new RegExp(`^${key}:\\s*(.*)$`, "m").exec(info)?.[1] ?? "").join(" ");
      expect(giveawaysIn(meta), `${file}: metadata ${meta}`).toEqual([]);
      expect(pdfInfo(file).title, file).toBe(d.neutral);
      expect(meta, file).not.toContain(d.title);
      expect(readFileSync(file).includes(Buffer.from(d.title)), `${file}: the card's own title anywhere in the file`).toBe(false);
      // Sheets are figures: their text alternatives are neutral too.
      const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      for (const lang of structureLangs(doc)) expect(lang).toBe(d.locale.lang);
      const alts = doc.context.enumerateIndirectObjects().flatMap(([, o]) => {
        const alt = o instanceof PDFDict ? o.lookupMaybe(PDFName.of("Alt"), PDFString, PDFHexString) : undefined;
        return alt ? [alt.decodeText()] : [];
      });
      expect(giveawaysIn(alts.join(" ")), `${file}: text alternatives`).toEqual([]);
      // No QR code and no link but the phone's.
      const uris = doc.getPages().flatMap((p) => p.node.Annots()?.asArray().map((ref) => String((doc.context.lookup(ref, PDFDict).lookup(PDFName.of("A"), PDFDict).lookup(PDFName.of("URI")) as PDFString).decodeText())) ?? []);
      for (const uri of uris) expect(uri, file).toMatch(/^tel:/);
    }
  });

  test("each card's preview page says what the discreet edition is for, and links it under a neutral file name", () => {
    for (const d of discreet) {
      const page = `${d.locale.code}/print/${d.slug}/index.html`;
      expect(pageElements(page, (e) => e.name === "p").map(text)).toContain(dictionary(d.locale.code)["print.preview.note.discreet"]);
      for (const suffix of ["", "-letter", "-a4"]) {
        const link = links(page).find((l) => l.href === `/${d.locale.code}/print/${d.slug}-discreet${suffix}.pdf`);
        expect(link, `${page}: ${suffix}`).toBeDefined();
        expect(link!.download).toBe(`${d.fileName}${suffix}.pdf`);
        expect(giveawaysIn(link!.download!)).toEqual([]);
      }
    }
  });
});
