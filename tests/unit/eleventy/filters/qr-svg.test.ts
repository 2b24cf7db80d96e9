import QRCode from "qrcode";
import { describe, expect, test } from "vitest";
import { qrSvg } from "../../../../scripts/eleventy/filters/qr-svg.ts";

/** Paints the SVG's path (M x y h w v1 h-w z runs) back into a grid of dark cells. */
function paint(svg: string): { size: number; dark: boolean[][] } {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const dark = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const d = /<path fill="#000" d="([^"]*)"/.exec(svg)![1]!;
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < w; i++) dark[y]![x + i] = true;
  }
  return { size, dark };
}

const url = "https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/";

describe("qrSvg", () => {
  test("draws exactly the symbol's dark modules, inside a four-module quiet zone", () => {
    const { size, dark } = paint(qrSvg(url, "QR"));
    const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
    expect(size).toBe(modules.size + 8);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const inside = x >= 4 && y >= 4 && x < size - 4 && y < size - 4;
        const expected = inside ? Boolean(modules.data[(y - 4) * modules.size + (x - 4)]) : false;
        expect(dark[y]![x], `module ${x},${y}`).toBe(expected);
      }
    }
  });

  test("has the three finder patterns a phone camera looks for", () => {
    const { size, dark } = paint(qrSvg(url, "QR"));
    const finderAt = (left: number, top: number) => {
      for (let y = 0; y < 7; y++) {
        for (let x = 0; x < 7; x++) {
          const ring = x === 0 || y === 0 || x === 6 || y === 6;
          const core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
          expect(dark[top + y]![left + x], `finder at ${left},${top}: ${x},${y}`).toBe(ring || core);
        }
      }
    };
    finderAt(4, 4);
    finderAt(size - 11, 4);
    finderAt(4, size - 11);
  });

  test("labels the image (escaped) and gives the same markup for the same text", () => {
    const svg = qrSvg(url, 'QR code for "a" & <b>');
    expect(svg).toContain('role="img" aria-label="QR code for &quot;a&quot; &amp; &lt;b>"');
    expect(qrSvg(url, "x")).toBe(qrSvg(url, "x"));
    expect(qrSvg(url, "x")).not.toBe(qrSvg(url + "x", "x"));
  });
});
