// Print-at-home sheets: the pages of a small printable (front, back) set n-up on Letter or A4,
// with corner cut marks and dashed fold marks, the back placed so a duplex print flipped on the
// long edge lines up with the front. Generic print production: it knows sizes, never cards.
// The geometry is in ./sheet-plan.ts; this draws it with pdf-lib.
import { PDFDocument, degrees, rgb, type PDFPage } from "pdf-lib";
import { DEFAULT_LAYOUT, backSlot, planSheet, sheetMarks, toSheet, type SheetLayout, type Size, type Slot } from "./sheet-plan.ts";

function drawMarks(page: PDFPage, slot: Slot, item: Size, folds: number[], layout: SheetLayout): void {
  for (const mark of sheetMarks(slot, item, folds, layout)) {
    page.drawLine({ start: mark.from, end: mark.to, thickness: 0.5, color: rgb(0, 0, 0), ...(mark.dashed ? { dashArray: [2, 1.5] } : {}) });
  }
}

/**
 * A sheet PDF from a trim-size PDF: each pair of pages (front, back) becomes one sheet,
 * front and back, with as many copies as fit. Cut and fold marks go on the front only,
 * so a duplex print slightly out of register never shows doubled marks.
 */
export async function imposeSheets(trim: Uint8Array, sheet: Size, folds: number[], layout: SheetLayout = DEFAULT_LAYOUT): Promise<PDFDocument> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const source = await PDFDocument.load(trim, { updateMetadata: false });
  const count = source.getPageCount();
  const embedded = await out.embedPdf(source, [...Array(count).keys()]);
  const item = embedded[0]!.size();
  const slots = planSheet(sheet, item, layout);
  if (!slots.length) throw new Error(`a ${item.width} × ${item.height} pt page does not fit on a ${sheet.width} × ${sheet.height} pt sheet with marks`);
  for (let i = 0; i < count; i += 2) {
    for (const side of [0, 1] as const) {
      const page = out.addPage([sheet.width, sheet.height]);
      const art = embedded[i + side];
      for (const front of slots) {
        const slot = side === 0 ? front : backSlot(sheet, front);
        if (art) {
          const origin = toSheet(slot, item, 0, 0);
          page.drawPage(art, { x: origin.x, y: origin.y, width: item.width, height: item.height, rotate: degrees(slot.rotate) });
        }
        if (side === 0) drawMarks(page, slot, item, folds, layout);
      }
    }
  }
  return out;
}
