import { DEFAULT_LOCALE } from "./i18n/locales.ts";
import path from "node:path";
import { MANIFEST_PATH, PAPER, type PrintJob, type PrintManifest } from "../print/manifest.ts";
import { isoDate } from "./filters/iso-date.ts";
import { familyStylesheet } from "./fonts.ts";
import { isReferencePage } from "./citation/plugin.ts";
import type { HashedAssetsRef } from "./hashed-assets.ts";
import { pagePdf } from "./filters/page-pdf.ts";
import { printOutputs } from "./filters/print-outputs.ts";
import { printablesOf } from "./filters/printables-of.ts";
import { translate } from "./i18n/translate.ts";
import { editionJobs } from "./print-editions.ts";
import type { ContentFile } from "./schema/validate-content.ts";
import type { SiteData } from "./site-data.ts";
import type { SiteStateRef } from "./site-state.ts";
import type { CollectionItem, EleventyConfig } from "./types.ts";
import { withPageLang } from "./i18n/page-lang.ts";
import { addNunjucksFilter } from "./nunjucks-filter.ts";

/** The layout of each printable format: content says `format:`, never which layout. */
export const PRINT_LAYOUTS: Record<string, string> = { "pocket-card": "pocket-card.njk", handout: "handout.njk" };

/** What messages call each format. */
const KIND: Record<string, string> = { "pocket-card": "card", handout: "handout" };

/** Thumbnail widths in CSS px (the catalog shows them at half this). */
const THUMBNAIL_WIDTH: Record<string, number> = { "pocket-card": 200, handout: 240, packet: 240 };

export interface PrintPacket {
  code: string;
  section: string;
}

/**
 * One training packet per section and language that has handouts, in section order.
 *
 * @example
 * packetsOf(files, sections) // → [{ code: "en", section: "families-in-contact" }, …]
 */
export function packetsOf(files: { locale: string; data: { format?: string; section: string } }[], sections: { id: string; order: number }[]): PrintPacket[] {
  const order = new Map(sections.map((s) => [s.id, s.order]));
  const seen = new Map<string, PrintPacket>();
  for (const f of files) {
    if (f.data.format === "handout") seen.set(`${f.locale}/${f.data.section}`, { code: f.locale, section: f.data.section });
  }
  return [...seen.values()].sort((a, b) => (order.get(a.section) ?? 0) - (order.get(b.section) ?? 0) || a.code.localeCompare(b.code));
}

/** The URL of a packet's print page (cover and contents). */
export function packetUrl(packet: PrintPacket): string {
  return `/${packet.code}/print/packet-${packet.section}/`;
}

function relativeSource(inputPath: string): string {
  return path.relative(process.cwd(), path.resolve(inputPath)) || inputPath;
}

/** Everything the print stage needs to print each printable, packet and reference page (it knows nothing else about them). */
export function buildPrintManifest(site: SiteData, pages: CollectionItem[], packets: PrintPacket[], assetUrl: (sitePath: string) => string, files: ContentFile[] = []): PrintManifest {
  const t = (code: string, key: string, vars?: Record<string, string | number>) => translate(site.dictionaries, code, key, vars);
  const bcp47 = (code: string) => site.locales.find((l) => l.code === code)?.lang ?? code;
  const jobs: PrintJob[] = [];

  for (const item of pages.filter((p) => p.data.format)) {
    const format = item.data.format!;
    const code = item.data.page.lang ?? "";
    const outputs = printOutputs(item.url, format);
    const base = item.url.replace(/\/$/, "");
    const pagesOut = outputs.filter((o) => o.role === "page");
    const sheetAlt = (paper: string, side: number) => [t(code, `print.paper.sheet-${paper}`), item.data.title, t(code, "print.card.side", { side })].join(" · ");
    const sheets = outputs
      .filter((o) => o.role === "sheet")
      .map((o) => ({ file: o.file, paper: o.paper, ...PAPER[o.paper as keyof typeof PAPER], alt: [sheetAlt(o.paper, 1), sheetAlt(o.paper, 2)] as [string, string] }));
    jobs.push({
      source: relativeSource(item.inputPath),
      kind: KIND[format] ?? format,
      code,
      lang: bcp47(code),
      title: item.data.title,
      subject: item.data.description,
      author: t(code, "site.name"),
      keywords: [t(code, `print.format.${format}`), t(code, `section.${item.data.section}`)],
      date: isoDate(item.data.lastReviewed),
      url: item.url,
      fit: true,
      stylesheets: [],
      thumbnail: { file: `${base}.webp`, width: THUMBNAIL_WIDTH[format] ?? 240 },
      renders: pagesOut.map((o, i) => ({
        variant: o.paper,
        file: o.file,
        // A handout's plain <slug>.pdf is its first (Letter) rendering.
        copies: i === 0 && o.file !== `${base}.pdf` ? [`${base}.pdf`] : [],
        append: [],
        sheets: i === 0 ? sheets : [],
      })),
    });
  }

  for (const packet of packets) {
    const handouts = printablesOf(pages, packet.code, packet.section, "handout");
    if (!handouts.length) continue;
    const url = packetUrl(packet);
    const sectionName = t(packet.code, `section.${packet.section}`);
    const latest = handouts.map((h) => isoDate(h.data.lastReviewed)).sort().at(-1)!;
    jobs.push({
      source: path.dirname(relativeSource(handouts[0]!.inputPath)),
      kind: "packet",
      code: packet.code,
      lang: bcp47(packet.code),
      title: t(packet.code, "print.packet.title", { section: sectionName }),
      subject: t(packet.code, `section.${packet.section}.summary`),
      author: t(packet.code, "site.name"),
      keywords: [t(packet.code, "print.format.packet"), sectionName],
      date: latest,
      url,
      fit: true,
      stylesheets: [],
      thumbnail: { file: `${url.replace(/\/$/, "")}.webp`, width: THUMBNAIL_WIDTH.packet! },
      renders: printOutputs(url, "packet").map((o) => ({
        variant: o.paper,
        file: o.file,
        copies: [],
        append: handouts.map((h) => printOutputs(h.url, "handout").find((ho) => ho.paper === o.paper)!.file),
        sheets: [],
      })),
    });
  }
  return { version: 1, siteUrl: site.site.url, jobs: [...jobs, ...editionJobs(site, files), ...referencePageJobs(site, pages, assetUrl)] };
}

/**
 * The PDF of each reference page itself (not of a fallback copy: it cites its English original), printed
 * from the page with its own print stylesheet. One paper, US Letter: the guide's programs, laws and help
 * lines are American, and the stylesheet's margins keep the text inside A4's narrower width too.
 *
 * @example
 * referencePageJobs(site, collections.pages)[0].renders[0].file // → "/en/about/online-safety/online-safety.pdf"
 */
export function referencePageJobs(site: SiteData, pages: CollectionItem[], assetUrl: (sitePath: string) => string): PrintJob[] {
  // The paper's self-hosted fonts (locales.json fonts): a web page loads none, leaving the screen to the device's.
  const paperFonts = (code: string) => (site.locales.find((l) => l.code === code)?.fonts ?? []).map(familyStylesheet);
  return pages
    .filter((item) => isReferencePage(item) && !item.data.fallbackFrom)
    .map((item) => {
      const code = item.data.page.lang ?? DEFAULT_LOCALE;
      return {
        source: relativeSource(item.inputPath),
        kind: "page",
        code,
        lang: site.locales.find((l) => l.code === code)?.lang ?? code,
        title: item.data.title,
        subject: item.data.description,
        author: translate(site.dictionaries, code, "site.name"),
        keywords: [translate(site.dictionaries, code, `section.${item.data.section}`)],
        date: isoDate(item.data.lastReviewed),
        url: item.url,
        fit: false,
        stylesheets: paperFonts(code).map(assetUrl),
        renders: [{ variant: "letter", paper: "letter" as const, file: pagePdf(item.url), copies: [], append: [], sheets: [] }],
      };
    });
}

/**
 * Printables: the layout comes from `format:`, one training packet page per section and
 * language, and /print-manifest.json, which tells the print stage (scripts/print.ts) what to print.
 */
export function printablesPlugin(eleventyConfig: EleventyConfig, options: { state: SiteStateRef; assets: HashedAssetsRef }): void {
  // Computed data cannot set `layout`; a preprocessor sees each template's data before it renders.
  const config = eleventyConfig as EleventyConfig & { addPreprocessor(name: string, ext: string, fn: (data: Record<string, unknown>) => void): void };
  config.addPreprocessor("printable-layout", "md", (data) => {
    const layout = typeof data.format === "string" ? PRINT_LAYOUTS[data.format] : undefined;
    if (layout) data.layout = layout;
  });

  // Every language has every English page (translated or as a fallback copy), so packets follow the English handouts.
  eleventyConfig.addGlobalData("printPackets", () => {
    const { files, site } = options.state.get();
    const english = files.filter((f) => f.locale === DEFAULT_LOCALE);
    return packetsOf(site.locales.flatMap((l) => english.map((f) => ({ locale: l.code, data: f.data }))), site.sections);
  });
  eleventyConfig.addTemplate("generated/print-packet.njk", "", withPageLang(options.state, {
    layout: "print-packet.njk",
    pagination: { data: "printPackets", size: 1, alias: "packet" },
    permalink: (data: { packet: PrintPacket }) => packetUrl(data.packet),
    eleventyComputed: {
      description: (data: { packet: PrintPacket }) => {
        const t = (key: string, vars?: Record<string, string>) => translate(options.state.get().site.dictionaries, data.packet.code, key, vars);
        return t("print.packet.description", { section: t(`section.${data.packet.section}`) });
      },
    },
    sameInEveryLanguage: true, // packets follow the English handouts, so every language has each one
    eleventyExcludeFromCollections: true,
  }));

  addNunjucksFilter(eleventyConfig, "printManifest", (pages: CollectionItem[], packets: PrintPacket[]) => JSON.stringify(buildPrintManifest(options.state.get().site, pages, packets, options.assets.url, options.state.get().files), null, 1));
  eleventyConfig.addTemplate("generated/print-manifest.njk", "{{ collections.pages | printManifest(printPackets) | safe }}", {
    permalink: MANIFEST_PATH,
    layout: false,
    eleventyExcludeFromCollections: true,
  });
}
