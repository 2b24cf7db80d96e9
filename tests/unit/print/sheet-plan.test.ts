import { describe, expect, test } from "vitest";
import { backSlot, DEFAULT_LAYOUT, PAPER, planSheet, sheetMarks, toSheet, type Slot } from "../../../scripts/print/sheet-plan.ts";

const LETTER = PAPER.letter;
const A4 = PAPER.a4;
const CARD = { width: 252, height: 576 };

/** The item's four corners on the sheet, as a bounding box. */
function footprint(slot: Slot, item = CARD) {
  const pts = [toSheet(slot, item, 0, 0), toSheet(slot, item, item.width, 0), toSheet(slot, item, 0, item.height), toSheet(slot, item, item.width, item.height)];
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

describe("planSheet", () => {
  test("two 3.5 × 8 in cards fit on Letter and on A4, with marks inside the printable edge", () => {
    for (const sheet of [LETTER, A4]) {
      const slots = planSheet(sheet, CARD);
      expect(slots).toHaveLength(2);
      const reach = DEFAULT_LAYOUT.markOffset + DEFAULT_LAYOUT.markLength;
      for (const s of slots) {
        expect(s.x - reach).toBeGreaterThanOrEqual(DEFAULT_LAYOUT.margin);
        expect(s.y - reach).toBeGreaterThanOrEqual(DEFAULT_LAYOUT.margin);
        expect(s.x + s.width + reach).toBeLessThanOrEqual(sheet.width - DEFAULT_LAYOUT.margin);
        expect(s.y + s.height + reach).toBeLessThanOrEqual(sheet.height - DEFAULT_LAYOUT.margin);
      }
      expect(slots[1]!.x - (slots[0]!.x + slots[0]!.width)).toBeGreaterThan(reach); // no mark reaches the neighbour
    }
  });

  test("turns items a quarter when more fit that way", () => {
    const slots = planSheet({ width: 612, height: 792 }, { width: 500, height: 150 });
    expect(slots.length).toBe(4);
    expect(slots.every((s) => s.rotate === 0)).toBe(true);
    const turned = planSheet({ width: 612, height: 792 }, { width: 150, height: 560 });
    expect(turned.length).toBeGreaterThan(0);
    const wide = planSheet({ width: 792, height: 612 }, { width: 120, height: 700 });
    expect(wide.every((s) => s.rotate === 90)).toBe(true);
    expect(planSheet({ width: 100, height: 100 }, CARD)).toEqual([]);
  });
});

describe("toSheet", () => {
  test.each([0, 90, 180, 270] as const)("an item turned %i° lands exactly on its slot", (rotate) => {
    const quarter = rotate % 180 !== 0;
    const slot: Slot = { x: 40, y: 60, width: quarter ? CARD.height : CARD.width, height: quarter ? CARD.width : CARD.height, rotate };
    expect(footprint(slot)).toEqual({ x: 40, y: 60, width: slot.width, height: slot.height });
  });
});

describe("backSlot (long-edge duplex)", () => {
  test("on a portrait sheet the back is mirrored left–right and stays upright", () => {
    const front: Slot = { x: 30, y: 100, width: 252, height: 576, rotate: 0 };
    expect(backSlot(LETTER, front)).toEqual({ x: 612 - 30 - 252, y: 100, width: 252, height: 576, rotate: 0 });
  });

  test("a point on the front and the same point of the back page meet through the paper", () => {
    // Flipping a portrait sheet on its long edge maps (x, y) to (W − x, y). The item's top-left corner on
    // the front must sit behind the top-right corner of the back page (seen from the back, mirrored).
    for (const rotate of [0, 90] as const) {
      const quarter = rotate === 90;
      const front: Slot = { x: 50, y: 80, width: quarter ? 576 : 252, height: quarter ? 252 : 576, rotate };
      const back = backSlot(LETTER, front);
      const frontTopLeft = toSheet(front, CARD, 0, CARD.height);
      const backTopRight = toSheet(back, CARD, CARD.width, CARD.height);
      expect(backTopRight.x).toBeCloseTo(LETTER.width - frontTopLeft.x);
      expect(backTopRight.y).toBeCloseTo(frontTopLeft.y);
    }
  });

  test("on a landscape sheet (flipped on its long, horizontal edge) an upright back turns half a turn", () => {
    const front: Slot = { x: 30, y: 20, width: 252, height: 576, rotate: 0 };
    const back = backSlot({ width: 792, height: 612 }, front);
    expect(back).toEqual({ ...front, y: 612 - 20 - 576, rotate: 180 });
  });
});

describe("sheetMarks", () => {
  test("eight corner marks and two dashed ticks per fold, every one outside the item", () => {
    const slot: Slot = { x: 40, y: 100, width: CARD.width, height: CARD.height, rotate: 0 };
    const marks = sheetMarks(slot, CARD, [144, 288, 432]);
    expect(marks.filter((m) => !m.dashed)).toHaveLength(8);
    expect(marks.filter((m) => m.dashed)).toHaveLength(6);
    const inside = (p: { x: number; y: number }) => p.x > slot.x && p.x < slot.x + slot.width && p.y > slot.y && p.y < slot.y + slot.height;
    for (const m of marks) expect(inside(m.from) || inside(m.to)).toBe(false);
    // A fold 144 pt below the top: its ticks on that line, beyond the left and right edges.
    const fold = marks.filter((m) => m.dashed && m.from.y === slot.y + CARD.height - 144);
    expect(fold.map((m) => Math.sign(m.from.x - slot.x - CARD.width / 2))).toEqual([-1, 1]);
  });
});
