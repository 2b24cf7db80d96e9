// Two more editions of the printables, printed by the same print stage as extra print pages:
// a bilingual sheet of each translated handout (/<code>/print/<slug>/bilingual/: English beside the
// translation, paired by paragraph id) and a discreet edition of each pocket card in every language
// (/<code>/print/<slug>/discreet/: a neutral cover, only the blocks the English card lists in
// `discreet:`, the help line as a plain number).
import path from "node:path";
import { PAPER, type PrintJob } from "../print/manifest.ts";
import { printOutputs } from "./filters/print-outputs.ts";
import { isoDate } from "./filters/iso-date.ts";
import { DEFAULT_LOCALE } from "./i18n/locales.ts";
import { translate } from "./i18n/translate.ts";
import type { SiteData } from "./site-data.ts";
import type { ContentFile } from "./schema/validate-content.ts";
import type { SiteStateRef } from "./site-state.ts";
import type { EleventyConfig } from "./types.ts";
import { withPageLang } from "./i18n/page-lang.ts";

export interface BilingualEdition {
  code: string;
  slug: string;
  /** The edition's print page. */
  url: string;
  /** The translated handout's own print page. */
  printUrl: string;
  /** The English handout's print page. */
  sourcePrintUrl: string;
  source: ContentFile;
  translated: ContentFile;
}

export interface DiscreetEdition {
  code: string;
  slug: string;
  url: string;
  printUrl: string;
  /** The card as this language has it: its translation, or the English card where there is none yet. */
  card: ContentFile;
  /** The paragraph ids the English card's `discreet:` keeps. */
  keep: string[];
}

const slugOf = (file: ContentFile) => path.basename(file.relative, ".md");
const printUrlOf = (code: string, file: ContentFile) => `/${code}/${file.relative.replace(/\.md$/, "")}/`;

/**
 * One bilingual edition per handout and language that has its translation (a language still showing
 * the English copy has nothing to pair), in the English handouts' order.
 *
 * @example
 * bilingualEditions(files, ["en", "es"]).map((e) => e.url) // → ["/es/print/advocate-tips-handout/bilingual/", …]
 */
export function bilingualEditions(files: ContentFile[], codes: string[]): BilingualEdition[] {
  const handouts = files.filter((f) => f.locale === DEFAULT_LOCALE && f.data.format === "handout");
  return codes
    .filter((code) => code !== DEFAULT_LOCALE)
    .flatMap((code) =>
      handouts.flatMap((source) => {
        const translated = files.find((f) => f.locale === code && f.data.translationKey === source.data.translationKey);
        if (!translated) return [];
        const printUrl = printUrlOf(code, translated);
        return [{ code, slug: slugOf(translated), url: `${printUrl}bilingual/`, printUrl, sourcePrintUrl: printUrlOf(DEFAULT_LOCALE, source), source, translated }];
      }),
    );
}

/**
 * One discreet edition per pocket card and language.
 *
 * @example
 * discreetEditions(files, ["en"]).map((e) => e.url) // → ["/en/print/children-safety-card/discreet/", …]
 */
export function discreetEditions(files: ContentFile[], codes: string[]): DiscreetEdition[] {
  const cards = files.filter((f) => f.locale === DEFAULT_LOCALE && f.data.format === "pocket-card");
  return codes.flatMap((code) =>
    cards.map((english) => {
      const card = files.find((f) => f.locale === code && f.data.translationKey === english.data.translationKey) ?? english;
      const printUrl = printUrlOf(code, english);
      return { code, slug: slugOf(english), url: `${printUrl}discreet/`, printUrl, card, keep: english.data.discreet ?? [] };
    }),
  );
}

/**
 * What the print stage prints for the editions: each bilingual sheet on Letter and A4, each discreet
 * card at trim size and n-up on sheets, its metadata as neutral as its cover and its pages and metadata
 * checked against every language's giveaway words (content/_data/giveawayWords.json).
 *
 * @example
 * editionJobs(site, files).map((j) => j.renders[0].file) // → ["/es/print/advocate-tips-handout-bilingual-letter.pdf", …, "/en/print/children-safety-card-discreet.pdf", …]
 */
export function editionJobs(site: SiteData, files: ContentFile[]): PrintJob[] {
  const t = (code: string, key: string, vars?: Record<string, string | number>) => translate(site.dictionaries, code, key, vars);
  const locale = (code: string) => site.locales.find((l) => l.code === code)!;
  const codes = site.locales.map((l) => l.code);
  const bilingual = bilingualEditions(files, codes).map((e): PrintJob => {
    const languages = t(e.code, "print.bilingual.pair", { source: locale(DEFAULT_LOCALE).label, other: locale(e.code).label });
    return {
      source: path.relative(process.cwd(), e.translated.file),
      kind: "bilingual handout",
      code: e.code,
      lang: locale(e.code).lang,
      title: `${e.translated.data.title} / ${e.source.data.title} (${languages})`,
      subject: e.translated.data.description,
      author: t(e.code, "site.name"),
      keywords: [t(e.code, "print.format.bilingual"), t(e.code, `section.${e.translated.data.section}`), locale(DEFAULT_LOCALE).label, locale(e.code).label],
      date: [isoDate(e.source.data.lastReviewed), isoDate(e.translated.data.lastReviewed)].sort().at(-1)!,
      url: e.url,
      fit: true,
      stylesheets: [],
      renders: printOutputs(e.url, "bilingual").map((o) => ({ variant: o.paper, file: o.file, copies: [], append: [], sheets: [] })),
    };
  });
  const forbidden = [...new Set(Object.values(site.giveawayWords).flat())];
  const discreet = discreetEditions(files, codes).map((e): PrintJob => {
    const neutral = t(e.code, "print.discreet.title");
    const outputs = printOutputs(e.url, "discreet");
    const alt = (paper: string): [string, string] => [1, 2].map((side) => [t(e.code, `print.paper.sheet-${paper}`), neutral, t(e.code, "print.card.side", { side })].join(" · ")) as [string, string];
    return {
      source: path.relative(process.cwd(), e.card.file),
      kind: "discreet card",
      code: e.code,
      lang: locale(e.code).lang,
      title: neutral,
      subject: "",
      author: neutral,
      keywords: [],
      date: isoDate(e.card.data.lastReviewed),
      url: e.url,
      fit: true,
      stylesheets: [],
      forbidden,
      renders: outputs
        .filter((o) => o.role === "page")
        .map((o) => ({
          variant: o.paper,
          file: o.file,
          copies: [],
          append: [],
          sheets: outputs.filter((s) => s.role === "sheet").map((s) => ({ file: s.file, paper: s.paper, ...PAPER[s.paper as keyof typeof PAPER], alt: alt(s.paper) })),
        })),
    };
  });
  return [...bilingual, ...discreet];
}

/** The two editions' print pages, made from data like the training packets. */
export function printEditionsPlugin(eleventyConfig: EleventyConfig, options: { state: SiteStateRef }): void {
  const codes = () => options.state.get().site.locales.map((l) => l.code);
  eleventyConfig.addGlobalData("bilingualEditions", () => bilingualEditions(options.state.get().files, codes()));
  eleventyConfig.addGlobalData("discreetEditions", () => discreetEditions(options.state.get().files, codes()));
  const fromTranslation = (key: string) => (d: { edition: BilingualEdition }) => d.edition.translated.data[key as keyof ContentFile["data"]];
  eleventyConfig.addTemplate("generated/print-bilingual.njk", "", withPageLang(options.state, {
    layout: "handout-bilingual.njk",
    pagination: { data: "bilingualEditions", size: 1, alias: "edition" },
    permalink: (d: { edition: BilingualEdition }) => d.edition.url,
    printKind: "bilingual",
    eleventyComputed: {
      ...Object.fromEntries(["title", "section", "sources", "lastReviewed", "webPage", "translation"].map((k) => [k, fromTranslation(k)])),
      // Its own description (the handout's, after the two languages), so it is not taken for the handout's page.
      description: (d: { edition: BilingualEdition }) => {
        const { site } = options.state.get();
        const label = (code: string) => site.locales.find((l) => l.code === code)!.label;
        const pair = translate(site.dictionaries, d.edition.code, "print.bilingual.pair", { source: label(DEFAULT_LOCALE), other: label(d.edition.code) });
        return `${pair}: ${d.edition.translated.data.description}`;
      },
      // The handout's preview, under /<code>/, that offers this edition: the language switcher's counterpart in each language.
      editionOf: (d: { edition: BilingualEdition }) => d.edition.printUrl.split("/").slice(2).join("/"),
      pages: (d: { edition: BilingualEdition }) => 2 * (d.edition.source.data.pages ?? 1),
      printTitle: (d: { edition: BilingualEdition }) => `${d.edition.translated.data.title} · ${d.edition.source.data.title}`,
    },
    eleventyExcludeFromCollections: true,
  }));
  const fromCard = (key: string) => (d: { edition: DiscreetEdition }) => d.edition.card.data[key as keyof ContentFile["data"]];
  eleventyConfig.addTemplate("generated/print-discreet.njk", "", withPageLang(options.state, {
    layout: "pocket-card-discreet.njk",
    pagination: { data: "discreetEditions", size: 1, alias: "edition" },
    permalink: (d: { edition: DiscreetEdition }) => d.edition.url,
    printKind: "discreet",
    eleventyComputed: {
      ...Object.fromEntries(["title", "section", "lastReviewed", "translation"].map((k) => [k, fromCard(k)])),
      // Its own description (the kind of card, then the card's), so it is not taken for the card's page.
      description: (d: { edition: DiscreetEdition }) =>
        `${translate(options.state.get().site.dictionaries, d.edition.code, "print.format.discreet")}: ${d.edition.card.data.description}`,
      printTitle: (d: { edition: DiscreetEdition }) => translate(options.state.get().site.dictionaries, d.edition.code, "print.discreet.previewTitle", { title: d.edition.card.data.title }),
    },
    sameInEveryLanguage: true,
    eleventyExcludeFromCollections: true,
  }));
}
