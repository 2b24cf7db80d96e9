import { describe, expect, test } from "vitest";
import { bilingualEditions, discreetEditions } from "../../../scripts/eleventy/print-editions.ts";
import type { ContentFile } from "../../../scripts/eleventy/schema/validate-content.ts";

const file = (locale: string, slug: string, format: "handout" | "pocket-card", extra: Record<string, unknown> = {}) =>
  ({ file: `content/${locale}/print/${slug}.md`, locale, relative: `print/${slug}.md`, body: "", data: { title: slug, translationKey: slug, format, ...extra } }) as unknown as ContentFile;

const files = [
  file("en", "tips-handout", "handout"),
  file("en", "plain-handout", "handout"),
  file("en", "calls-card", "pocket-card", { discreet: ["card-best-times"] }),
  file("es", "tips-handout", "handout"),
  file("ar", "tips-handout", "handout"),
  file("ar", "calls-card", "pocket-card"),
];

describe("bilingualEditions", () => {
  test("one per translated handout and language other than English, beside the handout's own print page", () => {
    expect(bilingualEditions(files, ["en", "es", "ar"]).map((e) => [e.url, e.printUrl, e.sourcePrintUrl, e.translated.locale])).toEqual([
      ["/es/print/tips-handout/bilingual/", "/es/print/tips-handout/", "/en/print/tips-handout/", "es"],
      ["/ar/print/tips-handout/bilingual/", "/ar/print/tips-handout/", "/en/print/tips-handout/", "ar"],
    ]);
  });
});

describe("discreetEditions", () => {
  test("one per pocket card in every language: its translation where there is one, the English card elsewhere, keeping the English card's list", () => {
    expect(discreetEditions(files, ["en", "es", "ar"]).map((e) => [e.url, e.card.locale, e.keep])).toEqual([
      ["/en/print/calls-card/discreet/", "en", ["card-best-times"]],
      ["/es/print/calls-card/discreet/", "en", ["card-best-times"]],
      ["/ar/print/calls-card/discreet/", "ar", ["card-best-times"]],
    ]);
  });
});
