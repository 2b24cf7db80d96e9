/**
 * The pixel size of a WebP or PNG image from its header, so a page can reserve its box before it loads
 * (no layout shift); undefined for any other format.
 *
 * @example
 * imageSize(readFileSync("assets/screens/en/agency-form.webp")) // → { width: 936, height: 801 }
 */
export function imageSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.subarray(1, 4).toString("latin1") === "PNG") return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (bytes.subarray(0, 4).toString("latin1") !== "RIFF" || bytes.subarray(8, 12).toString("latin1") !== "WEBP") return undefined;
  const chunk = bytes.subarray(12, 16).toString("latin1");
  // VP8X (extended): 24-bit width and height minus one; VP8 (lossy): 14-bit sizes after the start code; VP8L (lossless): 14 bits each, packed.
  if (chunk === "VP8X") return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  if (chunk === "VP8 ") return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  if (chunk === "VP8L") {
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return undefined;
}
