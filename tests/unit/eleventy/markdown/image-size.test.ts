import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { imageSize } from "../../../../scripts/eleventy/markdown/image-size.ts";
import { ROOT } from "../../../helpers/paths.ts";

describe("imageSize", () => {
  test("reads a WebP's size from its header (a committed screenshot, checked against its known size)", () => {
    expect(imageSize(readFileSync(path.join(ROOT, "tests", "fixtures", "images", "two-by-three.webp")))).toEqual({ width: 2, height: 3 });
  });
  test("reads an extended WebP's (VP8X) 24-bit size, stored minus one", () => {
    const webp = Buffer.alloc(30);
    webp.write("RIFF", 0, "latin1");
    webp.write("WEBPVP8X", 8, "latin1");
    webp.writeUIntLE(936 - 1, 24, 3);
    webp.writeUIntLE(801 - 1, 27, 3);
    expect(imageSize(webp)).toEqual({ width: 936, height: 801 });
  });
  test("reads a PNG's size from its IHDR chunk", () => {
    const png = Buffer.alloc(24);
    png.write("\x89PNG\r\n\x1a\n", 0, "latin1");
    png.writeUInt32BE(640, 16);
    png.writeUInt32BE(480, 20);
    expect(imageSize(png)).toEqual({ width: 640, height: 480 });
  });
  test("anything else has no size it can read", () => {
    expect(imageSize(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeUndefined();
  });
});
