// Where small printables go on a sheet: n-up slots, the duplex back's slot, and points of an item
// on the sheet. Pure geometry in PDF points, with no PDF library, so the print stage
// (scripts/print/impose.ts) and the browser's office-printer sheets (layouts/components/agency-form)
// place cards the same way.

/** Sheet sizes for print-at-home files, in PDF points (1/72 in). */
export const PAPER = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
} as const;

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

/** One mark on a sheet: a line from → to (PDF points), dashed for a fold. */
export interface Mark {
  from: { x: number; y: number };
  to: { x: number; y: number };
  dashed: boolean;
}

/**
 * The cut marks at an item's four corners and the fold ticks beyond both ends of each fold
 * (`folds`: pt below the item's top edge), all outside the item, for the front of a sheet.
 *
 * @example
 * sheetMarks({ x: 40, y: 100, width: 252, height: 576, rotate: 0 }, { width: 252, height: 576 }, [144]).length // → 10
 */
export function sheetMarks(slot: Slot, item: Size, folds: number[], layout: SheetLayout = DEFAULT_LAYOUT): Mark[] {
  const { markOffset: o, markLength: l } = layout;
  const marks: Mark[] = [];
  const corners = [
    [slot.x, slot.y, -1, -1],
    [slot.x + slot.width, slot.y, 1, -1],
    [slot.x, slot.y + slot.height, -1, 1],
    [slot.x + slot.width, slot.y + slot.height, 1, 1],
  ] as const;
  for (const [cx, cy, sx, sy] of corners) {
    marks.push({ from: { x: cx + sx * o, y: cy }, to: { x: cx + sx * (o + l), y: cy }, dashed: false });
    marks.push({ from: { x: cx, y: cy + sy * o }, to: { x: cx, y: cy + sy * (o + l) }, dashed: false });
  }
  for (const fold of folds) {
    const a = toSheet(slot, item, 0, item.height - fold);
    const b = toSheet(slot, item, item.width, item.height - fold);
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const d = { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
    const tick = (p: { x: number; y: number }, sign: number): Mark => ({
      from: { x: p.x + sign * d.x * o, y: p.y + sign * d.y * o },
      to: { x: p.x + sign * d.x * (o + l), y: p.y + sign * d.y * (o + l) },
      dashed: true,
    });
    marks.push(tick(a, -1), tick(b, 1));
  }
  return marks;
}
