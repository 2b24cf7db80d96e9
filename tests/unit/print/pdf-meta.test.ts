import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, test } from "vitest";
import { finalizePdf, rebaseLinks } from "../../../scripts/print/pdf-meta.ts";

const meta = { title: "Victim contact calls", lang: "es", subject: "A card", author: "Advocate Field Guide", keywords: ["Pocket card"], date: "2026-11-23" };

async function chromiumLike(link: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create(); // pdf-lib stamps the current time, as Chromium does
  const page = doc.addPage([252, 576]);
  const action = doc.context.obj({ Type: "Action", S: "URI", URI: PDFString.of(link) });
  const annot = doc.context.obj({ Type: "Annot", Subtype: "Link", Rect: [0, 0, 10, 10], A: action });
  page.node.set(PDFName.of("Annots"), doc.context.obj([doc.context.register(annot)]));
  return doc.save();
}

describe("finalizePdf", () => {
  test("sets title, language, subject, author and the content's date", async () => {
    const { bytes, pages } = await finalizePdf(await chromiumLike("https://x.org/"), meta);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pages).toBe(1);
    expect(doc.getTitle()).toBe(meta.title);
    expect(doc.getSubject()).toBe(meta.subject);
    expect(doc.getAuthor()).toBe(meta.author);
    expect(doc.getCreationDate()?.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(doc.getModificationDate()?.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(doc.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText()).toBe("es");
  });

  test("two prints made at different times come out byte-identical", async () => {
    const first = await chromiumLike("https://x.org/");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await chromiumLike("https://x.org/");
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    const a = (await finalizePdf(first, meta)).bytes;
    const b = (await finalizePdf(second, meta)).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  test("links to the local print server point at the published site; others are left alone", async () => {
    const doc = await PDFDocument.load(await chromiumLike("http://127.0.0.1:41234/en/reference/glossary/#ipv"));
    expect(rebaseLinks(doc, "http://127.0.0.1:41234", "https://guide.example")).toBe(1);
    const uri = () => doc.getPage(0).node.lookup(PDFName.of("Annots"), PDFArray).lookup(0, PDFDict).lookup(PDFName.of("A"), PDFDict).lookup(PDFName.of("URI"), PDFString).decodeText();
    expect(uri()).toBe("https://guide.example/en/reference/glossary/#ipv");
    expect(rebaseLinks(doc, "http://127.0.0.1:41234", "https://guide.example")).toBe(0);
  });
});
