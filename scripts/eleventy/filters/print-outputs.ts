/** One file the print stage makes for a print page. */
export interface PrintOutput {
  /** Site path of the file, e.g. "/en/print/partnering-card-letter.pdf". */
  file: string;
  /** "trim" (the printable's own size), "letter" or "a4". */
  paper: "trim" | "letter" | "a4";
  /** "page": the print page printed at this size; "sheet": trim pages set n-up on this paper with cut and fold marks. */
  role: "page" | "sheet";
  /** UI string naming this file in the catalog. */
  labelKey: string;
  /** A discreet edition's file is saved under a neutral name: this UI string, then `suffix`, then ".pdf". */
  downloadAs?: string;
  suffix?: string;
}

/** The two editions a print page may be, by the last part of its URL (/<code>/print/<slug>/bilingual/). */
const EDITIONS = ["bilingual", "discreet"];

/**
 * The files a print page becomes, named beside its URL. A pocket card is printed at
 * trim size (for print shops) and set on Letter and A4 sheets; a handout or packet is
 * printed on Letter and on A4 (a handout's plain `<slug>.pdf` is its Letter copy).
 *
 * @example
 * printOutputs("/en/print/partnering-card/", "pocket-card").map((o) => o.file)
 * // → ["/en/print/partnering-card.pdf", "/en/print/partnering-card-letter.pdf", "/en/print/partnering-card-a4.pdf"]
 * printOutputs("/es/print/partnering-handout/bilingual/", "bilingual").map((o) => o.file)
 * // → ["/es/print/partnering-handout-bilingual-letter.pdf", "/es/print/partnering-handout-bilingual-a4.pdf"]
 */
export function printOutputs(url: string, format: string): PrintOutput[] {
  // An edition's files sit beside its printable's, named <slug>-<edition>…
  const base = EDITIONS.includes(format) ? url.replace(/\/$/, "").replace(new RegExp(`/${format}$`), `-${format}`) : url.replace(/\/$/, "");
  if (format === "discreet") {
    return printOutputs(`${base}/`, "pocket-card").map((o) => ({ ...o, downloadAs: "print.discreet.fileName", suffix: o.paper === "trim" ? "" : `-${o.paper}` }));
  }
  if (format === "pocket-card") {
    return [
      { file: `${base}.pdf`, paper: "trim", role: "page", labelKey: "print.paper.trim" },
      { file: `${base}-letter.pdf`, paper: "letter", role: "sheet", labelKey: "print.paper.sheet-letter" },
      { file: `${base}-a4.pdf`, paper: "a4", role: "sheet", labelKey: "print.paper.sheet-a4" },
    ];
  }
  return [
    { file: `${base}-letter.pdf`, paper: "letter", role: "page", labelKey: "print.paper.letter" },
    { file: `${base}-a4.pdf`, paper: "a4", role: "page", labelKey: "print.paper.a4" },
  ];
}
