import { PDFDocument } from "pdf-lib";
import { describe, expect, test } from "vitest";
import { imposeSheets } from "../../../scripts/print/impose.ts";
import { PAPER } from "../../../scripts/print/sheet-plan.ts";

const CARD = { width: 252, height: 576 };
const LETTER = PAPER.letter;

describe("imposeSheets", () => {
  test("a two-page card becomes one Letter sheet, front and back, two cards each", async () => {
    const card = await PDFDocument.create();
    card.addPage([CARD.width, CARD.height]);
    card.addPage([CARD.width, CARD.height]);
    const sheet = await imposeSheets(await card.save(), LETTER, [144, 288, 432]);
    expect(sheet.getPageCount()).toBe(2);
    expect(sheet.getPages().map((p) => p.getSize())).toEqual([LETTER, LETTER]);
  });
});
