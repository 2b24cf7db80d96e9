// What the packet builder in a reader's browser needs to know about one language
// (layouts/components/packet-builder): /<code>/print/packet-builder.json, fetched only when a packet
// in that language is built. The PDFs themselves are the print stage's.
import { familyStylesheet } from "./fonts.ts";
import { localOrganization } from "./filters/local-organization.ts";
import { printOutputs } from "./filters/print-outputs.ts";
import { printablesOf } from "./filters/printables-of.ts";
import { translate } from "./i18n/translate.ts";
import type { HashedAssetsRef } from "./hashed-assets.ts";
import { addNunjucksFilter } from "./nunjucks-filter.ts";
import type { SiteData } from "./site-data.ts";
import type { SiteStateRef } from "./site-state.ts";
import type { CollectionItem, EleventyConfig } from "./types.ts";

export interface PacketBuilderData {
  code: string;
  /** BCP-47: the packet's /Lang. */
  lang: string;
  dir: "ltr" | "rtl";
  /** The self-hosted font stylesheets of the language, in its order: the cover is drawn with their families. */
  fontCss: string[];
  strings: Record<string, string>;
  /** The local help printed on the items (organization.json in this language), for the cover beside an agency's own. */
  national: { name: string; phone: string; text: string; websiteLabel: string; hours: string };
  /** Each printable by slug: its title, format, whether it is an unreviewed translation, and its PDF on each paper. */
  items: Record<string, { title: string; format: string; draft: boolean; files: { letter: string; a4: string } }>;
}

/** The PDF of a printable that goes into a packet on this paper: a card's office-printer sheet, a handout's own pages. */
function packetFile(url: string, format: string, paper: "letter" | "a4"): string {
  const role = format === "pocket-card" ? "sheet" : "page";
  return printOutputs(url, format).find((o) => o.role === role && o.paper === paper)!.file;
}

/**
 * The packet builder's data for one language; assetUrl gives an asset's served (content-hashed) name.
 *
 * @example
 * packetBuilderData(site, collections.pages, "es").items["partnering-card"].files.a4 // → "/es/print/partnering-card-a4.pdf"
 */
export function packetBuilderData(site: SiteData, pages: CollectionItem[], code: string, assetUrl: (sitePath: string) => string = (p) => p): PacketBuilderData {
  const locale = site.locales.find((l) => l.code === code)!;
  const t = (key: string) => translate(site.dictionaries, code, key);
  const org = localOrganization(site.organization, code);
  const keys = {
    siteName: "site.name",
    kind: "print.format.packet",
    contents: "print.packet.contents",
    cover: "print.packet.cover",
    coverNote: "packet.coverNote",
    localHelp: "print.localHelp",
    call: "print.call",
    hours: "print.hours",
    draft: "print.draftTranslation",
    "pocket-card": "print.format.pocket-card",
    handout: "print.format.handout",
  };
  const items: PacketBuilderData["items"] = {};
  for (const item of printablesOf(pages, code)) {
    const slug = item.url.split("/").filter(Boolean).at(-1)!;
    const format = item.data.format!;
    items[slug] = { title: item.data.title, format, draft: item.data.translation?.status === "draft", files: { letter: packetFile(item.url, format, "letter"), a4: packetFile(item.url, format, "a4") } };
  }
  return {
    code,
    lang: locale.lang,
    dir: locale.dir,
    fontCss: locale.fonts.map((family) => assetUrl(familyStylesheet(family))),
    strings: Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, t(key)])),
    national: { name: org.name, phone: org.phone, text: org.text, websiteLabel: org.websiteLabel, hours: org.hours },
    items,
  };
}

/** /<code>/print/packet-builder.json for every language. */
export function packetBuilderPlugin(eleventyConfig: EleventyConfig, options: { state: SiteStateRef; assets: HashedAssetsRef }): void {
  addNunjucksFilter(eleventyConfig, "packetBuilderData", (pages: CollectionItem[], code: string) => JSON.stringify(packetBuilderData(options.state.get().site, pages, code, options.assets.url)));
  eleventyConfig.addTemplate("generated/packet-builder.njk", "{{ collections.pages | packetBuilderData(locale.code) | safe }}", {
    pagination: { data: "locales", size: 1, alias: "locale" },
    permalink: (data: { locale: { code: string } }) => `/${data.locale.code}/print/packet-builder.json`,
    layout: false,
    eleventyExcludeFromCollections: true,
  });
}
