// assets/js/print-fit.js in real Chromium on a small page of its own: a unit marked data-fit-stack (a
// bilingual handout's rows) stays side by side when that fits, is laid out again as stacked halves
// (every first cell, then every second) when side by side overflows at the floor, and still reports the
// overflow when neither fits. The choice is measured, never named.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT } from "../helpers/paths.ts";
import { openSite } from "../helpers/site-browser.ts";

const dir = mkdtempSync(path.join(tmpdir(), "afg-print-fit-"));
let site: Awaited<ReturnType<typeof openSite>>;

/** Two 300 px pages of 400 px; each row a short English cell and a translated cell of `words` words. */
function page(rows: number, words: number): string {
  const cell = (text: string) => `<div>${text}</div>`;
  const row = (i: number) => `<div class="row" data-pair="p${i}">${cell(`English ${i}.`)}${cell(`T${i} ${"palabra ".repeat(words)}`)}</div>`;
  const box = (n: number) => `<div class="page" data-print-page><div class="box" data-fit-box data-fit-label="page ${n}">${n === 1 ? Array.from({ length: rows }, (_, i) => row(i)).join("") : ""}</div></div>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    body { margin: 0; font-family: sans-serif; }
    .unit { font-size: var(--fit-size); line-height: 1.25; }
    .page { inline-size: 400px; block-size: 300px; display: flex; }
    .box { flex: 1; overflow: hidden; }
    .row { display: grid; grid-template-columns: 1fr 1fr; column-gap: 10px; }
    [data-fit-stacked] .row { display: block; }
  </style><script src="/print-fit.js" defer></script></head><body>
  <div class="unit" data-fit-base="10" data-fit-floor="9" data-fit-step="0.5" data-fit-label="handout" data-fit-stack>${box(1)}${box(2)}</div></body></html>`;
}

interface Fit {
  units: { size: number; overflow: string[]; stacked: boolean }[];
}

async function fit(file: string): Promise<{ fit: Fit; order: string[] }> {
  const tab = await site.newPage();
  try {
    await tab.goto(`${site.server.url}/${file}`, { waitUntil: "load" });
    const fit = (await tab.evaluate("window.printFit.done")) as Fit;
    // The cells' words in document order: E… for the English, T… for the translation.
    const order = (await tab.evaluate(`[...document.querySelectorAll(".row > div")].map((d) => d.textContent.trim()[0])`)) as string[];
    return { fit, order };
  } finally {
    await tab.close();
  }
}

beforeAll(async () => {
  copyFileSync(path.join(ROOT, "assets", "js", "print-fit.js"), path.join(dir, "print-fit.js"));
  writeFileSync(path.join(dir, "fits.html"), page(4, 8));
  writeFileSync(path.join(dir, "stacks.html"), page(5, 40));
  writeFileSync(path.join(dir, "overflows.html"), page(12, 60));
  site = await openSite(dir);
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("print-fit.js: side by side, or stacked halves by measurement", () => {
  test("rows that fit side by side stay side by side, each pair together", async () => {
    const { fit: result, order } = await fit("fits.html");
    expect(result.units[0]).toMatchObject({ overflow: [], stacked: false });
    expect(order.join("")).toBe("ETETETET");
  });

  test("rows whose translations are too long side by side are stacked: every English cell, then every translation, and they fit", async () => {
    const { fit: result, order } = await fit("stacks.html");
    expect(result.units[0]).toMatchObject({ overflow: [], stacked: true });
    expect(order.join("")).toBe("EEEEETTTTT");
  });

  test("when neither fits, the overflow is still reported (the print stage stops the build)", async () => {
    const { fit: result } = await fit("overflows.html");
    expect(result.units[0]!.stacked).toBe(true);
    expect(result.units[0]!.overflow).toEqual(["page 2"]);
    expect(result.units[0]!.size).toBe(9);
  });
});
