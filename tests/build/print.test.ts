// The printables in dist/, read back with poppler and pdf-lib: page counts and sizes as the
// format says, text that extracts, real embedded fonts, title and language; the catalog links
// resolve; an overflowing card or handout stops the build. (That the same input prints the same
// bytes is tests/build/reproducible.test.ts.)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { describe, expect, test } from "vitest";
import { buildHere, contentWith, englishOnly, hashTree, onlyPrintables } from "../helpers/build-fixture.ts";
import { imageSize } from "../../scripts/eleventy/markdown/image-size.ts";
import { CONTENT, DIST, ROOT } from "../helpers/paths.ts";
import { usedFonts } from "../helpers/pdf.ts";
import { comparable, pdfInfo, poppler } from "../helpers/pdf-text.ts";

const LETTER = [612, 792];
const A4 = [595.28, 841.89];
const CARD = [252, 576];

const locales = (JSON.parse(readFileSync(path.join(CONTENT, "_data/locales.json"), "utf8")) as { code: string; lang: string; dir: string; fonts: string[]; published?: boolean }[]).filter(
  (l) => l.published !== false,
);
const organization = JSON.parse(readFileSync(path.join(CONTENT, "_data/organization.json"), "utf8")) as { phone: string; text: string; translations?: Record<string, { text?: string }> };

interface Printable {
  code: string;
  lang: string;
  dir: string;
  fonts: string[];
  slug: string;
  format: "pocket-card" | "handout";
  section: string;
  title: string;
  pages: number;
  heading: string;
  /** A translation nobody has reviewed yet. */
  draft: boolean;
}

const printables: Printable[] = locales.flatMap(({ code, lang, dir: direction, fonts }) => {
  const dir = path.join(CONTENT, code, "print");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => {
      const { data, content } = matter(readFileSync(path.join(dir, f), "utf8"));
      const heading = /^## (.+?)(\s*\{[^}]*\})?$/m.exec(content)![1]!;
      return { code, lang, dir: direction, fonts, slug: f.replace(/\.md$/, ""), format: data.format, section: data.section, title: data.title, pages: data.pages ?? 1, heading, draft: data.translation?.status === "draft" };
    });
});

/** Every PDF a printable should have: file, pages, size. */
function expectedPdfs(p: Printable): { file: string; pages: number; size: number[] }[] {
  const base = path.join(DIST, p.code, "print", p.slug);
  if (p.format === "pocket-card") {
    return [
      { file: `${base}.pdf`, pages: 2, size: CARD },
      { file: `${base}-letter.pdf`, pages: 2, size: LETTER },
      { file: `${base}-a4.pdf`, pages: 2, size: A4 },
    ];
  }
  return [
    { file: `${base}.pdf`, pages: p.pages, size: LETTER },
    { file: `${base}-letter.pdf`, pages: p.pages, size: LETTER },
    { file: `${base}-a4.pdf`, pages: p.pages, size: A4 },
  ];
}

/** The first PDF seen with these bytes: a file and its identical copy (a handout's print-shop PDF is its Letter PDF) are read once. */
const firstWithBytes = new Map<string, string>();
function sameAs(file: string): string {
  const hash = createHash("sha256").update(readFileSync(file)).digest("hex");
  if (!firstWithBytes.has(hash)) firstWithBytes.set(hash, file);
  return firstWithBytes.get(hash)!;
}

/** A poppler tool's output, reading a PDF's identical copy only once. */
const run = (cmd: string, args: string[]): string => poppler(cmd, args.map((arg) => (arg.endsWith(".pdf") && existsSync(arg) ? sameAs(arg) : arg)));
const info = (file: string) => pdfInfo(sameAs(file));

/** A PDF parsed by pdf-lib, once per file. */
const loaded = new Map<string, Promise<PDFDocument>>();
function loadPdf(file: string): Promise<PDFDocument> {
  file = sameAs(file);
  if (!loaded.has(file)) loaded.set(file, PDFDocument.load(readFileSync(file), { updateMetadata: false }));
  return loaded.get(file)!;
}

describe("printables in dist/", () => {
  test("there is something to check: every published language's printables", () => {
    expect(printables.length).toBeGreaterThanOrEqual(12);
    expect(printables.some((p) => p.format === "pocket-card")).toBe(true);
    expect(printables.some((p) => p.format === "handout" && p.pages === 2)).toBe(true);
  });

  test.each(printables.map((p) => [`${p.code}/${p.slug}`, p] as const))("%s: page counts and sizes as the format says", (_, p) => {
    for (const pdf of expectedPdfs(p)) {
      expect(existsSync(pdf.file), pdf.file).toBe(true);
      const got = info(pdf.file);
      expect(got.pages, pdf.file).toBe(pdf.pages);
      expect(got.width, pdf.file).toBeCloseTo(pdf.size[0]!, 0);
      expect(got.height, pdf.file).toBeCloseTo(pdf.size[1]!, 0);
    }
  });

  test.each(printables.map((p) => [`${p.code}/${p.slug}`, p] as const))("%s: text extracts, with the title, a heading and the local help in its language", (_, p) => {
    for (const pdf of expectedPdfs(p)) {
      const text = comparable(run("pdftotext", [pdf.file, "-"]), p.dir);
      expect(text, pdf.file).toContain(comparable(p.title, p.dir));
      expect(text, pdf.file).toContain(comparable(p.heading, p.dir));
      expect(text, pdf.file).toContain(organization.phone);
      // The local help in the printable's language (right-to-left: word by word, pdftotext interleaves the line's separators).
      const textLine = organization.translations?.[p.code]?.text ?? organization.text;
      for (const part of p.dir === "rtl" ? textLine.split(/\s+/) : [textLine]) expect(text, pdf.file).toContain(comparable(part, p.dir));
    }
  });

  test.each(printables.map((p) => [`${p.code}/${p.slug}`, p] as const))("%s: every font embedded, none Type 3, and the language's self-hosted families used", async (_, p) => {
    for (const pdf of expectedPdfs(p)) {
      const fonts = usedFonts(await loadPdf(pdf.file));
      expect(fonts.length, pdf.file).toBeGreaterThan(0);
      // e.g. "NotoSansSCThin-Bold" for noto-sans-sc: the @fontsource files, never a font the machine happens to have.
      const names = fonts.map((f) => f.name.toLowerCase().replace(/[^a-z]/g, ""));
      for (const family of p.fonts) expect(names.some((name) => name.startsWith(family.replace(/-/g, ""))), `${pdf.file}: ${family}`).toBe(true);
      for (const font of fonts) expect(font, pdf.file).toMatchObject({ subtype: expect.not.stringMatching(/Type3/), embedded: true });
    }
  });

  test.each(printables.map((p) => [`${p.code}/${p.slug}`, p] as const))("%s: title and language set; the printed pages are tagged", async (_, p) => {
    for (const pdf of expectedPdfs(p)) {
      const got = info(pdf.file);
      expect(got.title, pdf.file).toBe(p.title);
      const doc = await loadPdf(pdf.file);
      expect(doc.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText(), pdf.file).toBe(p.lang);
      expect(doc.getCreationDate()?.getUTCHours(), pdf.file).toBe(0); // the content's date, not the print time
    }
    for (const pdf of expectedPdfs(p)) expect(info(pdf.file).tagged, pdf.file).toBe(true);
  });

  test.each(printables.filter((p) => p.format === "pocket-card").map((p) => [`${p.code}/${p.slug}`, p] as const))(
    "%s: each print-at-home sheet page is a figure whose text alternative names the card",
    async (_, p) => {
      for (const pdf of expectedPdfs(p).slice(1)) {
        const doc = await loadPdf(pdf.file);
        const root = doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
        const figures = root.lookup(PDFName.of("K"), PDFDict).lookup(PDFName.of("K"), PDFArray).asArray().map((ref) => doc.context.lookup(ref, PDFDict));
        expect(figures.map((f) => f.get(PDFName.of("S"))), pdf.file).toEqual(doc.getPages().map(() => PDFName.of("Figure")));
        for (const figure of figures) expect(figure.lookup(PDFName.of("Alt"), PDFHexString).decodeText(), pdf.file).toContain(p.title);
      }
    },
  );

  test.each(printables.map((p) => [`${p.code}/${p.slug}`, p] as const))("%s: a thumbnail of the first page", (_, p) => {
    const webp = readFileSync(path.join(DIST, p.code, "print", `${p.slug}.webp`));
    expect(`${webp.subarray(0, 4)}${webp.subarray(8, 12)}`).toBe("RIFFWEBP");
    const { width, height } = imageSize(webp)!;
    const [w, h] = p.format === "pocket-card" ? CARD : LETTER;
    expect(width).toBeGreaterThanOrEqual(100);
    expect(height / width).toBeCloseTo(h! / w!, 1);
  });

  test("each section's training packet: cover, contents, then every handout on its paper", async () => {
    const sections = [...new Set(printables.filter((p) => p.format === "handout").map((p) => `${p.code}/${p.section}`))];
    expect(sections.length).toBeGreaterThan(0);
    for (const key of sections) {
      const [code, section] = key.split("/") as [string, string];
      const handouts = printables.filter((p) => p.format === "handout" && p.code === code && p.section === section);
      const pages = 2 + handouts.reduce((sum, h) => sum + h.pages, 0);
      for (const [paper, size] of [["letter", LETTER], ["a4", A4]] as const) {
        const file = path.join(DIST, code, "print", `packet-${section}-${paper}.pdf`);
        const got = info(file);
        expect(got.pages, file).toBe(pages);
        expect(got.width, file).toBeCloseTo(size[0]!, 0);
        const text = comparable(run("pdftotext", [file, "-"]), handouts[0]!.dir);
        for (const h of handouts) expect(text, file).toContain(comparable(h.title, h.dir));
        // The cover says "draft" when any handout inside is a draft translation, and only then.
        const cover = comparable(run("pdftotext", ["-f", "1", "-l", "1", file, "-"]), handouts[0]!.dir);
        const draftLabel = comparable((JSON.parse(readFileSync(path.join(CONTENT, "_data", "i18n", `${code}.json`), "utf8")) as Record<string, string>)["print.draftTranslation"]!, handouts[0]!.dir);
        if (handouts.some((h) => h.draft)) expect(cover, file).toContain(draftLabel);
        else expect(cover, file).not.toContain(draftLabel);
        // Tagged: one Document whose Parts are the cover and each handout, each Part with its own title (H1).
        // (Only the structure is read back: poppler's -struct-text drops letters after some Vietnamese glyphs.)
        expect(info(file).tagged, file).toBe(true);
        const parts = run("pdfinfo", ["-struct", file]).split(/^ {2}Part$/m).slice(1);
        expect(parts.length, file).toBe(1 + handouts.length);
        for (const part of parts) expect(part.match(/^\s+H1\b/gm)?.length, file).toBe(1);
        // A bookmark for the cover, then one for each handout.
        const doc = await loadPdf(file);
        const bookmarks: string[] = [];
        let item = doc.catalog.lookup(PDFName.of("Outlines"), PDFDict).lookupMaybe(PDFName.of("First"), PDFDict);
        for (; item; item = item.lookupMaybe(PDFName.of("Next"), PDFDict)) bookmarks.push(item.lookup(PDFName.of("Title"), PDFHexString).decodeText());
        expect(bookmarks.slice(1).sort(), file).toEqual(handouts.map((h) => h.title).sort());
        for (const font of usedFonts(doc)) expect(font, file).toMatchObject({ subtype: expect.not.stringMatching(/Type3/), embedded: true });
      }
    }
  });
});

describe("the printables catalog", () => {
  test.each(locales.map((l) => l.code))("/%s/print/: every download and thumbnail resolves, every printable is listed with sizes", (code) => {
    const html = readFileSync(path.join(DIST, code, "print", "index.html"), "utf8");
    const hrefs = [...html.matchAll(/<a\s[^>]*?href="([^"]+\.pdf)"/g)].map((m) => m[1]!);
    const srcs = [...html.matchAll(/<img\s[^>]*?src="([^"]+\.webp)"/g)].map((m) => m[1]!);
    for (const file of [...hrefs, ...srcs]) expect(existsSync(path.join(DIST, file)), file).toBe(true);
    for (const p of printables.filter((p) => p.code === code)) {
      for (const pdf of expectedPdfs(p).filter((e) => !e.file.endsWith(`${p.slug}.pdf`) || p.format === "pocket-card")) {
        expect(hrefs, pdf.file).toContain("/" + path.relative(DIST, pdf.file));
      }
      expect(srcs).toContain(`/${code}/print/${p.slug}.webp`);
    }
    expect(html).not.toMatch(/data-print-(file|src)=|<span data-print-(size|pages)="[^"]*"><\/span>|data-print-ready hidden/);
    for (const m of html.matchAll(/<img\s[^>]*src="[^"]+\.webp"[^>]*>/g)) expect(m[0]).toMatch(/alt="[^"]+"/);
  });
});

describe("the fit guarantee (and a discreet card's neutrality) stops the build", () => {
  const longItems = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `- Point ${i}: this is a much longer line of advice that keeps going well past what fits. {#${prefix}-${i}}`).join("\n");

  test.each([
    {
      name: "a card panel far too long",
      file: "en/print/partnering-card.md",
      find: "## Responsibility and change {#card-responsibility-change}\n",
      add: longItems("card-long", 30),
      expected: ["en/print/partnering-card.md", 'card "Partnering with programs for fathers"', "panel 5", "(lang en)", "overflows at the 7.5 pt floor"],
    },
    {
      name: "a one-page handout with two pages of text",
      file: "en/print/advocate-tips-handout.md",
      find: "## Remember {#remember}\n",
      add: longItems("handout-long", 40),
      expected: ["en/print/advocate-tips-handout.md", 'handout "Victim contact calls: practice tips for advocates"', "page 1", "(lang en, letter)", "overflows at the 10 pt floor"],
    },
    {
      name: "a discreet card that keeps a paragraph about violence",
      file: "en/print/partnering-card.md",
      find: "webPage: partner-questions\n",
      add: "discreet: [card-staff-training, card-q-training-dv]",
      expected: ["en/print/partnering-card.md", 'discreet card "Family resources"', "panel 3", "(lang en)", 'says "violen"', "giveawayWords.json"],
    },
  ])("$name: non-zero exit naming file, box and language; output untouched", async ({ file, find, add, expected }) => {
    // Only the printable under test: the others would be printed first, for nothing.
    const site = contentWith([englishOnly(), ...onlyPrintables(["en"], [path.basename(file)]), { file, find, replace: `${find}\n${add}\n` }]);
    try {
      const out = path.join(site.dir, "out");
      cpSync(path.join(ROOT, "assets"), out, { recursive: true });
      const before = hashTree(out);
      const result = await buildHere({ content: site.content, out, print: true, search: false });
      expect(result.status, result.output).not.toBe(0);
      for (const fragment of expected) expect(result.output).toContain(fragment);
      expect(hashTree(out)).toBe(before);
    } finally {
      site.cleanup();
    }
  });
});
