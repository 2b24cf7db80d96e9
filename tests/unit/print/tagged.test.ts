import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef } from "pdf-lib";
import { describe, expect, test } from "vitest";
import { mergeTagged, tagAsFigures } from "../../../scripts/print/tagged.ts";

const structRoot = (doc: PDFDocument) => doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);

/** A tagged PDF of `pages` pages (each a Figure), titled, with a link annotation on its first page whose StructParent follows the pages'. */
async function taggedPdf(title: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < pages; i++) doc.addPage([200, 200]).drawText(`${title} ${i + 1}`, { x: 20, y: 100 });
  tagAsFigures(doc, Array.from({ length: pages }, (_, i) => `${title}, page ${i + 1}`));
  const annot = doc.context.obj({ Type: "Annot", Subtype: "Link", Rect: [0, 0, 10, 10], StructParent: pages });
  doc.getPage(0).node.set(PDFName.of("Annots"), doc.context.obj([doc.context.register(annot)]));
  structRoot(doc).set(PDFName.of("ParentTreeNextKey"), PDFNumber.of(pages + 1)); // the link's key is taken too
  doc.setTitle(title);
  return doc.save();
}

const kids = (doc: PDFDocument, element: PDFDict) => element.lookup(PDFName.of("K"), PDFArray).asArray().map((ref) => doc.context.lookup(ref, PDFDict));

/** poppler's view of the structure tree: the element types, indented. */
function popplerStructure(bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "afg-tagged-"));
  try {
    writeFileSync(path.join(dir, "x.pdf"), bytes);
    return execFileSync("pdfinfo", ["-struct", path.join(dir, "x.pdf")], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("tagAsFigures", () => {
  test("each page becomes one Figure with its text alternative, in a marked Document", async () => {
    const doc = await PDFDocument.load(await taggedPdf("Card", 2));
    expect(doc.catalog.lookup(PDFName.of("MarkInfo"), PDFDict).get(PDFName.of("Marked"))?.toString()).toBe("true");
    const [document] = [structRoot(doc).lookup(PDFName.of("K"), PDFDict)];
    const figures = kids(doc, document!);
    expect(figures.map((f) => f.lookup(PDFName.of("Alt"), PDFHexString).decodeText())).toEqual(["Card, page 1", "Card, page 2"]);
    expect(figures.map((f) => f.get(PDFName.of("Pg")))).toEqual(doc.getPages().map((p) => p.ref));
    expect(popplerStructure(await doc.save())).toBe("Document\n  Figure\n  Figure\n");
  });
});

describe("mergeTagged", () => {
  test("keeps every part's structure under one Document, each part a Part, pointing at the merged pages", async () => {
    const merged = await mergeTagged([await taggedPdf("Cover", 1), await taggedPdf("Handout", 2)]);
    expect(merged.getPageCount()).toBe(3);
    const parts = kids(merged, structRoot(merged).lookup(PDFName.of("K"), PDFDict));
    expect(parts.map((p) => p.get(PDFName.of("S")))).toEqual([PDFName.of("Part"), PDFName.of("Part")]);
    const figurePages = parts.flatMap((part) => kids(merged, part).map((f) => f.get(PDFName.of("Pg")) as PDFRef));
    expect(figurePages).toEqual(merged.getPages().map((p) => p.ref));
    expect(popplerStructure(await merged.save())).toBe("Document\n  Part\n    Figure\n  Part\n    Figure\n    Figure\n");
  });

  test("parent tree keys follow on from part to part, and pages and links point at their own", async () => {
    // Cover: page 0, link 1. Handout: pages 0–1, link 2 → shifted by the cover's 2 keys.
    const merged = await mergeTagged([await taggedPdf("Cover", 1), await taggedPdf("Handout", 2)]);
    const pageKeys = merged.getPages().map((p) => p.node.lookup(PDFName.of("StructParents"), PDFNumber).asNumber());
    expect(pageKeys).toEqual([0, 2, 3]);
    const linkKeys = [0, 1].map((i) => merged.getPage(i).node.lookup(PDFName.of("Annots"), PDFArray).lookup(0, PDFDict).lookup(PDFName.of("StructParent"), PDFNumber).asNumber());
    expect(linkKeys).toEqual([1, 4]);
    const nums = structRoot(merged).lookup(PDFName.of("ParentTree"), PDFDict).lookup(PDFName.of("Nums"), PDFArray);
    const keys = Array.from({ length: nums.size() / 2 }, (_, i) => nums.lookup(i * 2, PDFNumber).asNumber());
    expect(keys).toEqual([0, 2, 3]); // the figures' pages; the links have no entries of their own here
    expect(structRoot(merged).lookup(PDFName.of("ParentTreeNextKey"), PDFNumber).asNumber()).toBe(5);
  });

  test("one bookmark per part, at its first page, shown when the file opens", async () => {
    const merged = await mergeTagged([await taggedPdf("Cover", 1), await taggedPdf("Handout", 2)]);
    const outlines = merged.catalog.lookup(PDFName.of("Outlines"), PDFDict);
    const first = outlines.lookup(PDFName.of("First"), PDFDict);
    const second = first.lookup(PDFName.of("Next"), PDFDict);
    expect([first, second].map((b) => b.lookup(PDFName.of("Title"), PDFHexString).decodeText())).toEqual(["Cover", "Handout"]);
    expect([first, second].map((b) => b.lookup(PDFName.of("Dest"), PDFArray).get(0))).toEqual([merged.getPage(0).ref, merged.getPage(1).ref]);
    expect(merged.catalog.get(PDFName.of("PageMode"))).toBe(PDFName.of("UseOutlines"));
  });

  test("an untagged part adds its pages without structure", async () => {
    const plain = await PDFDocument.create();
    plain.addPage([200, 200]);
    const merged = await mergeTagged([await plain.save(), await taggedPdf("Handout", 1)]);
    expect(merged.getPageCount()).toBe(2);
    expect(kids(merged, structRoot(merged).lookup(PDFName.of("K"), PDFDict))).toHaveLength(1);
  });
});
