import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";

export interface PdfMeta {
  title: string;
  /** BCP-47, written as the catalog's /Lang. */
  lang: string;
  subject: string;
  author: string;
  keywords: string[];
  /** YYYY-MM-DD: creation and modification date, so the same input always gives the same bytes. */
  date: string;
}

/** Sets title (shown in the viewer's title bar), language, subject, author, keywords and fixed dates. */
export function applyMeta(doc: PDFDocument, meta: PdfMeta): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setLanguage(meta.lang);
  doc.setSubject(meta.subject);
  doc.setAuthor(meta.author);
  doc.setCreator(meta.author);
  doc.setKeywords(meta.keywords);
  const date = new Date(`${meta.date}T00:00:00Z`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
}

/** Saves without object streams and without pdf-lib's own producer or clock: byte-identical for the same input. */
export function saveStable(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

/**
 * Points links that start with `from` (the local print server) at `to` (the published site).
 * Returns how many were changed.
 */
export function rebaseLinks(doc: PDFDocument, from: string, to: string): number {
  let changed = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const action = annots.lookupMaybe(i, PDFDict)?.lookupMaybe(PDFName.of("A"), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of("URI"), PDFString);
      if (!action || !uri) continue;
      const value = uri.decodeText();
      if (!value.startsWith(from)) continue;
      action.set(PDFName.of("URI"), PDFString.of(to + value.slice(from.length)));
      changed++;
    }
  }
  return changed;
}

/** PDF 2.0 structure types Chromium writes, mapped to their PDF 1.7 equivalents so 1.7 readers know them. */
const ROLE_MAP = { Aside: "Sect", Strong: "Span", Em: "Span" };

/** Adds the role map to a tagged PDF's structure tree (kept when pages are merged: scripts/print/tagged.ts). */
export function addRoleMap(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  if (root) root.set(PDFName.of("RoleMap"), doc.context.obj(ROLE_MAP));
}

/**
 * A PDF that Chromium printed, with our metadata and fixed dates instead of the print time.
 *
 * @example
 * await finalizePdf(bytes, { title: "Victim contact calls", lang: "en", date: "2026-11-23", … }) // → bytes, same in every run
 */
export async function finalizePdf(bytes: Uint8Array, meta: PdfMeta, links?: { from: string; to: string }): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  applyMeta(doc, meta);
  addRoleMap(doc);
  if (links) rebaseLinks(doc, links.from, links.to);
  if (!doc.getProducer()) doc.setProducer("Chromium");
  return { bytes: await saveStable(doc), pages: doc.getPageCount() };
}
