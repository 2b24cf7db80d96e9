import { describe, expect, test } from "vitest";
import { fillPlaceholders, formatSize } from "../../../scripts/print/placeholders.ts";

const made = new Map([
  ["/en/print/a.pdf", { bytes: 48_213, pages: 2 }],
  ["/en/print/a.png", { bytes: 9_000 }],
]);

describe("fillPlaceholders", () => {
  test("links, thumbnails, sizes and page counts appear once the files exist", () => {
    const html = `<html lang="en"><p data-print-pending>not built</p><table data-print-ready hidden><tr><td><a data-print-file="/en/print/a.pdf">Letter</a></td>
      <td><span data-print-pages="/en/print/a.pdf"></span></td><td><span data-print-size="/en/print/a.pdf"></span></td></tr></table>
      <img data-print-src="/en/print/a.png" alt="x" data-print-ready hidden>`;
    const missing: string[] = [];
    const out = fillPlaceholders(html, (f) => made.get(f), missing);
    expect(missing).toEqual([]);
    expect(out).toContain('<a href="/en/print/a.pdf">');
    expect(out).toContain('<span data-print-pages="/en/print/a.pdf">2</span>');
    expect(out).toContain('<span data-print-size="/en/print/a.pdf">48 kB</span>');
    expect(out).toContain('<img src="/en/print/a.png" alt="x" data-print-ready>');
    expect(out).toContain("<p data-print-pending hidden>");
    expect(out).not.toContain("data-print-ready hidden");
    expect(fillPlaceholders(out, (f) => made.get(f), missing)).toBe(out); // filling twice changes nothing
  });

  test("a placeholder naming a file that was not made is reported, not linked", () => {
    const missing: string[] = [];
    const out = fillPlaceholders('<a data-print-file="/en/print/gone.pdf">x</a>', (f) => made.get(f), missing);
    expect(missing).toEqual(["/en/print/gone.pdf"]);
    expect(out).not.toContain("href=");
  });
});

describe("formatSize", () => {
  test("kilobytes and megabytes in the reader's language", () => {
    expect(formatSize(48_213, "en")).toBe("48 kB");
    expect(formatSize(2_450_000, "en")).toBe("2.5 MB");
    expect(formatSize(48_213, "de")).toBe("48 kB");
    expect(formatSize(2_450_000, "de")).toBe("2,5 MB");
  });
});
