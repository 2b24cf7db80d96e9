import QRCode from "qrcode";

/**
 * A QR code for `text` as inline SVG (its path from `pathOf`): one path of dark modules on a white
 * square with the standard four-module quiet zone. Vector, so it prints sharp
 * at any size, and the same text always gives the same markup.
 *
 * @example
 * qrSvg("https://example.org/en/", "QR code for example.org")
 * // → '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 33 33" role="img" aria-label="QR code for example.org" …><path …/></svg>'
 */
export function qrSvg(text: string, label: string, pathOf: (text: string) => QrPath = qrPath): string {
  const paths = pathOf(text);
  const escaped = label.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${paths.size} ${paths.size}" role="img" aria-label="${escaped}" class="qr" shape-rendering="crispEdges">` +
    `<rect width="${paths.size}" height="${paths.size}" fill="#fff"/><path fill="#000" d="${paths.d}"/></svg>`
  );
}

/** A QR code's dark modules as one SVG path, and its size in modules with the quiet zone. */
export type QrPath = { size: number; d: string };

/**
 * The QR code of `text` as an SVG path: encoding is the slow part (mask scoring), so the build keeps these
 * between builds (filters/plugin.ts), and the same page is linked from several printables.
 *
 * @example
 * qrPath("https://example.org/en/").size // → 33
 */
export function qrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 4;
  const size = modules.size + quiet * 2;
  let d = "";
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.data[row * modules.size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.data[row * modules.size + col]) col++;
      d += `M${start + quiet} ${row + quiet}h${col - start}v1h${start - col}z`;
    }
  }
  return { size, d };
}
