// Print-at-home sheets: the pages of a small printable (front, back) set n-up on Letter or A4,
// with corner cut marks and dashed fold marks, the back placed so a duplex print flipped on the
// long edge lines up with the front. Generic print production: it knows sizes, never cards.
import { PDFDocument, degrees, rgb, type PDFPage } from "pdf-lib";

export interface Size {
  width: number;
  height: number;
}

export interface SheetLayout {
  /** Edge a home printer cannot print on; marks stay inside it. */
  margin: number;
  /** Space between neighbouring items (cut apart there). */
  gutter: number;
  /** Gap between an item's edge and where its marks start. */
  markOffset: number;
  markLength: number;
}

/** In points. Gutter > markOffset + markLength, so no mark reaches a neighbour. */
export const DEFAULT_LAYOUT: SheetLayout = { margin: 18, gutter: 18, markOffset: 3, markLength: 12 };

/** Where one item goes on a sheet: its bounding box (PDF coordinates, origin bottom left) and rotation (degrees, counter-clockwise). */
export interface Slot {
  x: number;
  y: number;
  width: number;
  height: number;
  rotate: 0 | 90 | 180 | 270;
}

/**
 * As many items as fit on one side of a sheet, upright or turned a quarter, centred,
 * with room for marks inside the printable area.
 *
 * @example
 * planSheet({ width: 612, height: 792 }, { width: 252, height: 576 }).length // → 2
 */
export function planSheet(sheet: Size, item: Size, layout: SheetLayout = DEFAULT_LAYOUT): Slot[] {
  const reserve = layout.margin + layout.markOffset + layout.markLength;
  const gap = Math.max(layout.gutter, layout.markOffset + layout.markLength);
  const fit = (length: number, along: number) => Math.max(0, Math.floor((along - 2 * reserve + gap) / (length + gap)));
  const options = [
    { w: item.width, h: item.height, rotate: 0 as const },
    { w: item.height, h: item.width, rotate: 90 as const },
  ].map((o) => ({ ...o, cols: fit(o.w, sheet.width), rows: fit(o.h, sheet.height) }));
  const best = options.reduce((a, b) => (b.cols * b.rows > a.cols * a.rows ? b : a));
  const slots: Slot[] = [];
  const gridW = best.cols * best.w + (best.cols - 1) * gap;
  const gridH = best.rows * best.h + (best.rows - 1) * gap;
  const left = (sheet.width - gridW) / 2;
  const top = (sheet.height + gridH) / 2;
  for (let row = 0; row < best.rows; row++) {
    for (let col = 0; col < best.cols; col++) {
      slots.push({ x: left + col * (best.w + gap), y: top - (row + 1) * best.h - row * gap, width: best.w, height: best.h, rotate: best.rotate });
    }
  }
  return slots;
}

/**
 * Where the back of an item goes so that a duplex print flipped on the sheet's long edge
 * lands behind its front: mirrored across the long edge's axis, and turned half a turn
 * more when the item lies across that axis (turned a quarter) or the sheet is landscape.
 *
 * @example
 * backSlot({ width: 612, height: 792 }, { x: 40, y: 100, width: 252, height: 576, rotate: 0 }) // → { x: 320, y: 100, …, rotate: 0 }
 */
export function backSlot(sheet: Size, front: Slot): Slot {
  const portrait = sheet.height >= sheet.width;
  const mirrored = portrait ? { x: sheet.width - front.x - front.width, y: front.y } : { x: front.x, y: sheet.height - front.y - front.height };
  const quarter = front.rotate === 90 || front.rotate === 270;
  const turn = portrait === quarter ? 180 : 0;
  return { ...front, ...mirrored, rotate: ((front.rotate + turn) % 360) as Slot["rotate"] };
}

/**
 * Maps a point of the item (u across, v up from its bottom-left corner, in points) onto the sheet.
 *
 * @example
 * toSheet({ x: 10, y: 20, width: 576, height: 252, rotate: 90 }, { width: 252, height: 576 }, 0, 0) // → { x: 586, y: 20 }
 */
export function toSheet(slot: Slot, item: Size, u: number, v: number): { x: number; y: number } {
  switch (slot.rotate) {
    case 0:
      return { x: slot.x + u, y: slot.y + v };
    case 90:
      return { x: slot.x + slot.width - v, y: slot.y + u };
    case 180:
      return { x: slot.x + item.width - u, y: slot.y + item.height - v };
    case 270:
      return { x: slot.x + v, y: slot.y + slot.height - u };
  }
}

function drawMarks(page: PDFPage, slot: Slot, item: Size, folds: number[], layout: SheetLayout): void {
  const ink = { thickness: 0.5, color: rgb(0, 0, 0) };
  const { markOffset: o, markLength: l } = layout;
  const corners = [
    [slot.x, slot.y, -1, -1],
    [slot.x + slot.width, slot.y, 1, -1],
    [slot.x, slot.y + slot.height, -1, 1],
    [slot.x + slot.width, slot.y + slot.height, 1, 1],
  ] as const;
  for (const [cx, cy, sx, sy] of corners) {
    page.drawLine({ start: { x: cx + sx * o, y: cy }, end: { x: cx + sx * (o + l), y: cy }, ...ink });
    page.drawLine({ start: { x: cx, y: cy + sy * o }, end: { x: cx, y: cy + sy * (o + l) }, ...ink });
  }
  for (const fold of folds) {
    // A fold `fold` pt below the item's top edge, across its width: ticks beyond both ends.
    const a = toSheet(slot, item, 0, item.height - fold);
    const b = toSheet(slot, item, item.width, item.height - fold);
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const d = { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
    const tick = (p: { x: number; y: number }, sign: number) =>
      page.drawLine({ start: { x: p.x + sign * d.x * o, y: p.y + sign * d.y * o }, end: { x: p.x + sign * d.x * (o + l), y: p.y + sign * d.y * (o + l) }, ...ink, dashArray: [2, 1.5] });
    tick(a, -1);
    tick(b, 1);
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
