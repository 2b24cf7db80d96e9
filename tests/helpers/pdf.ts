// Reading a PDF back in this process, with pdf-lib: what a test would otherwise spawn a poppler tool for.
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRawStream, PDFStream } from "pdf-lib";

/** A font a PDF uses: its base name (subset prefix dropped), its type, and whether its program is embedded. */
export interface UsedFont {
  name: string;
  subtype: string;
  embedded: boolean;
}

/**
 * Every font the PDF's pages use, read with pdf-lib (in this process: pdffonts cost a process per
 * file): each page's fonts and those of the forms it draws (a print-at-home sheet draws the card's pages).
 */
export function usedFonts(doc: PDFDocument): UsedFont[] {
  const found = new Map<PDFDict, UsedFont>();
  const seen = new Set<PDFDict>();
  const visit = (resources: PDFDict | undefined) => {
    if (!resources || seen.has(resources)) return;
    seen.add(resources);
    const fonts = resources.lookupMaybe(PDFName.of("Font"), PDFDict);
    for (const [, ref] of fonts?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      const subtype = font.lookup(PDFName.of("Subtype"), PDFName).decodeText();
      const descendant = subtype === "Type0" ? font.lookup(PDFName.of("DescendantFonts"), PDFArray).lookup(0, PDFDict) : font;
      const descriptor = descendant.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict);
      const embedded = ["FontFile", "FontFile2", "FontFile3"].some((key) => descriptor?.has(PDFName.of(key)));
      const name = font.lookup(PDFName.of("BaseFont"), PDFName).decodeText().replace(/^[A-Z]{6}\+/, "");
      found.set(font, { name, subtype: subtype === "Type0" ? descendant.lookup(PDFName.of("Subtype"), PDFName).decodeText() : subtype, embedded });
    }
    const xobjects = resources.lookupMaybe(PDFName.of("XObject"), PDFDict);
    for (const [, ref] of xobjects?.entries() ?? []) {
      const form = doc.context.lookup(ref);
      if (form instanceof PDFRawStream || form instanceof PDFStream) visit(form.dict.lookupMaybe(PDFName.of("Resources"), PDFDict));
    }
  };
  for (const page of doc.getPages()) visit(page.node.Resources());
  return [...found.values()];
}
