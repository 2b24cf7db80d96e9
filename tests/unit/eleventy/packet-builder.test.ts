import { describe, expect, test } from "vitest";
import { packetBuilderData } from "../../../scripts/eleventy/packet-builder.ts";
import type { SiteData } from "../../../scripts/eleventy/site-data.ts";
import type { CollectionItem } from "../../../scripts/eleventy/types.ts";

const keys = ["site.name", "print.format.packet", "print.packet.contents", "print.packet.cover", "packet.coverNote", "print.localHelp", "print.call", "print.hours", "print.draftTranslation", "print.format.pocket-card", "print.format.handout"];
const site = {
  locales: [{ code: "xx", lang: "xx-Yy", dir: "rtl", label: "X", fonts: ["noto-sans-xx", "noto-sans"] }],
  dictionaries: { xx: Object.fromEntries(keys.map((k) => [k, `xx ${k}`])) },
  organization: { lang: "en", name: "Hotline", phone: "1-800", text: "Text START", website: "https://h.example", websiteLabel: "h.example", hours: "24/7", translations: { xx: { text: "xx text" } } },
} as unknown as SiteData;
const printable = (slug: string, format: string, order: number, status?: string) =>
  ({ url: `/xx/print/${slug}/`, data: { title: `Title ${slug}`, format, order, section: "s", page: { lang: "xx" }, ...(status ? { translation: { status } } : {}) } }) as unknown as CollectionItem;

describe("packetBuilderData", () => {
  const data = packetBuilderData(site, [printable("a-handout", "handout", 1, "draft"), printable("a-card", "pocket-card", 2), { url: "/xx/other/", data: { page: { lang: "xx" } } } as unknown as CollectionItem], "xx");

  test("each printable by slug: a card as its office-printer sheets, a handout as its own pages, on each paper", () => {
    expect(Object.keys(data.items)).toEqual(["a-card", "a-handout"]);
    expect(data.items["a-card"]).toEqual({ title: "Title a-card", format: "pocket-card", draft: false, files: { letter: "/xx/print/a-card-letter.pdf", a4: "/xx/print/a-card-a4.pdf" } });
    expect(data.items["a-handout"]!.draft).toBe(true);
    expect(data.items["a-handout"]!.files.a4).toBe("/xx/print/a-handout-a4.pdf");
  });

  test("the language's tag, direction, fonts in its order, strings, and the local help in that language", () => {
    expect([data.lang, data.dir]).toEqual(["xx-Yy", "rtl"]);
    expect(data.fontCss).toEqual(["/assets/fonts/noto-sans-xx.css", "/assets/fonts/noto-sans.css"]);
    expect(data.strings.contents).toBe("xx print.packet.contents");
    expect(data.national).toEqual({ name: "Hotline", phone: "1-800", text: "xx text", websiteLabel: "h.example", hours: "24/7" });
  });
});
