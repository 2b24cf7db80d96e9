// A pocket card in a right-to-left language, in real Chromium with print media: the strip is vertical,
// so its panels keep their top-to-bottom order (cover, six sections, back); what runs along the line
// mirrors: lines start at the right, the QR code and the local help swap sides, and in the
// on-screen preview side 1 stands at the right of side 2.
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Page } from "puppeteer";
import { openSite } from "../helpers/site-browser.ts";

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site.close());

interface CardLayout {
  panels: string[];
  qrLeftOfHelp: boolean;
  iconLeftOfName: boolean;
  side1RightOfSide2: boolean;
}

async function layout(page: Page, code: string, media: "print" | "screen"): Promise<CardLayout> {
  await page.emulateMediaType(media);
  await page.goto(`${site.server.url}/${code}/print/partnering-card/`, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const sides = [...document.querySelectorAll<HTMLElement>(".card__side")];
    const qr = document.querySelector(".panel--back svg")!.getBoundingClientRect();
    const help = document.querySelector(".panel--back .panel__help")!.getBoundingClientRect();
    const [one, two] = sides.map((s) => s.getBoundingClientRect());
    return {
      // Each side's panels from top to bottom, by their fit labels ("panel 1" …).
      panels: sides.map((s) => [...s.querySelectorAll<HTMLElement>("[data-fit-label]")].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map((p) => p.dataset.fitLabel!.replace("panel ", "")).join(",")),
      qrLeftOfHelp: qr.left < help.left,
      iconLeftOfName: document.querySelector(".panel__brand img")!.getBoundingClientRect().left < document.querySelector(".panel__brand span")!.getBoundingClientRect().left,
      side1RightOfSide2: one!.left > two!.left,
    };
  });
}

test("Arabic: the same panel order as English, mirrored along the line", async () => {
  const page = await site.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  const en = await layout(page, "en", "print");
  const ar = await layout(page, "ar", "print");
  expect(en.panels).toEqual(["1,2,3,8", "4,5,6,7"]);
  expect(ar.panels).toEqual(en.panels);
  expect([en.qrLeftOfHelp, ar.qrLeftOfHelp]).toEqual([false, true]);
  expect([en.iconLeftOfName, ar.iconLeftOfName]).toEqual([true, false]); // the cover's brand line starts at the right
  const enScreen = await layout(page, "en", "screen");
  const arScreen = await layout(page, "ar", "screen");
  expect([enScreen.side1RightOfSide2, arScreen.side1RightOfSide2]).toEqual([false, true]);
  await page.close();
});
