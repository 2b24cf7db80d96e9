// Tagged PDF for files the print stage assembles itself. Chromium tags what it prints; pdf-lib,
// when it copies pages or sets them n-up, drops that structure. These keep a packet's structure
// (each part's tree under one Document, and a bookmark per part) and give an imposed sheet a
// Figure with a text alternative.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFOperator,
  PDFOperatorNames,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  type PDFObject,
} from "pdf-lib";
import { addRoleMap } from "./pdf-meta.ts";

/** Every key → value of a number tree (the parent tree), leaves and kids alike. */
function numberTreeEntries(node: PDFDict): [number, PDFObject][] {
  const entries: [number, PDFObject][] = [];
  const nums = node.lookupMaybe(PDFName.of("Nums"), PDFArray);
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) entries.push([nums.lookup(i, PDFNumber).asNumber(), nums.get(i + 1)]);
  const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) entries.push(...numberTreeEntries(kids.lookup(i, PDFDict)));
  return entries;
}

/** Adds `offset` to an integer entry (StructParents, StructParent) when it is there. */
function shiftKey(dict: PDFDict, key: string, offset: number): void {
  const value = dict.lookupMaybe(PDFName.of(key), PDFNumber);
  if (value) dict.set(PDFName.of(key), PDFNumber.of(value.asNumber() + offset));
}

function markTagged(doc: PDFDocument, root: PDFDict): void {
  doc.catalog.set(PDFName.of("StructTreeRoot"), doc.context.register(root));
  doc.catalog.set(PDFName.of("MarkInfo"), doc.context.obj({ Marked: true }));
}

/**
 * One PDF from several tagged PDFs, pages in order, with one structure tree: a Document whose
 * parts are the source documents' own trees (each Document becomes a Part). Untagged sources
 * add their pages without structure.
 *
 * @example
 * const packet = await mergeTagged([cover, handout1, handout2]); // → pdfinfo: "Tagged: yes", every part in the tree
 */
export async function mergeTagged(parts: Uint8Array[]): Promise<PDFDocument> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const document = out.context.obj({ Type: "StructElem", S: "Document" });
  const documentRef = out.context.register(document);
  const partsKids: PDFRef[] = [];
  const parentTree: (number | PDFObject)[] = [];
  let offset = 0;

  const bookmarks: { title: string; page: PDFRef }[] = [];

  for (const bytes of parts) {
    const src = await PDFDocument.load(bytes, { updateMetadata: false });
    const copier = PDFObjectCopier.for(src.context, out.context);
    const firstPage = out.getPageCount();
    // Copied through their references, so structure elements' /Pg entries land on the same pages.
    for (const page of src.getPages()) {
      const ref = copier.copy(page.ref) as PDFRef;
      const leaf = out.context.lookup(ref) as PDFPageLeaf;
      out.addPage(PDFPage.of(leaf, ref, out));
      shiftKey(leaf, "StructParents", offset);
      const annots = leaf.lookupMaybe(PDFName.of("Annots"), PDFArray);
      for (let i = 0; annots && i < annots.size(); i++) {
        const annot = annots.lookupMaybe(i, PDFDict);
        if (annot) shiftKey(annot, "StructParent", offset);
      }
    }
    const title = src.getTitle();
    if (title && out.getPageCount() > firstPage) bookmarks.push({ title, page: out.getPage(firstPage).ref });
    const root = src.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
    if (!root) continue;
    // The top elements point back at their old root; detach them so the copy does not bring it along.
    const topKids = root.get(PDFName.of("K"));
    const tops = topKids instanceof PDFArray ? topKids.asArray() : topKids ? [topKids] : [];
    for (const top of tops) (src.context.lookup(top) as PDFDict | undefined)?.delete(PDFName.of("P"));
    for (const top of tops) {
      const ref = copier.copy(top) as PDFRef;
      const element = out.context.lookup(ref, PDFDict);
      element.set(PDFName.of("P"), documentRef);
      if (element.get(PDFName.of("S")) === PDFName.of("Document")) element.set(PDFName.of("S"), PDFName.of("Part"));
      partsKids.push(ref);
    }
    const entries = numberTreeEntries(root.lookup(PDFName.of("ParentTree"), PDFDict));
    for (const [key, value] of entries) parentTree.push(key + offset, copier.copy(value));
    const next = root.lookupMaybe(PDFName.of("ParentTreeNextKey"), PDFNumber)?.asNumber() ?? 0;
    offset += Math.max(next, ...entries.map(([key]) => key + 1));
  }

  if (partsKids.length) {
    const root = out.context.obj({ Type: "StructTreeRoot", K: documentRef, ParentTreeNextKey: offset });
    root.set(PDFName.of("ParentTree"), out.context.register(out.context.obj({ Nums: parentTree.map((v) => (typeof v === "number" ? PDFNumber.of(v) : v)) })));
    document.set(PDFName.of("K"), out.context.obj(partsKids));
    markTagged(out, root);
    addRoleMap(out);
    document.set(PDFName.of("P"), out.catalog.get(PDFName.of("StructTreeRoot"))!);
  }
  addBookmarks(out, bookmarks);
  return out;
}

/** A flat outline (the viewer's bookmarks panel, shown on opening): one entry per part, at its first page. */
function addBookmarks(doc: PDFDocument, bookmarks: { title: string; page: PDFRef }[]): void {
  if (!bookmarks.length) return;
  const { context } = doc;
  const outlinesRef = context.nextRef();
  const refs = bookmarks.map(() => context.nextRef());
  bookmarks.forEach(({ title, page }, i) => {
    const item = context.obj({ Parent: outlinesRef, Dest: [page, "Fit"] });
    item.set(PDFName.of("Title"), PDFHexString.fromText(title));
    if (i > 0) item.set(PDFName.of("Prev"), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of("Next"), refs[i + 1]!);
    context.assign(refs[i]!, item);
  });
  context.assign(outlinesRef, context.obj({ Type: "Outlines", First: refs[0]!, Last: refs.at(-1)!, Count: refs.length }));
  doc.catalog.set(PDFName.of("Outlines"), outlinesRef);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

/**
 * Tags each page as one Figure with a text alternative (alts[i] for page i): for sheets whose
 * pages are pictures of other pages, such as cards set n-up for cutting out.
 *
 * @example
 * tagAsFigures(sheets, ["Print at home: US Letter · Card title · Side 1", "… · Side 2"]);
 */
export function tagAsFigures(doc: PDFDocument, alts: string[]): void {
  const { context } = doc;
  const document = context.obj({ Type: "StructElem", S: "Document" });
  const documentRef = context.register(document);
  const figures: PDFRef[] = [];
  const parentTree: PDFObject[] = [];
  doc.getPages().forEach((page, index) => {
    const figure = context.obj({ Type: "StructElem", S: "Figure", P: documentRef, Pg: page.ref, K: 0 });
    figure.set(PDFName.of("Alt"), PDFHexString.fromText(alts[index] ?? alts.at(-1) ?? "")); // UTF-16: any script
    const figureRef = context.register(figure);
    figures.push(figureRef);
    parentTree.push(PDFNumber.of(index), context.obj([figureRef]));
    page.node.set(PDFName.of("StructParents"), PDFNumber.of(index));
    // The whole page is the figure's content: marked content 0 around every content stream.
    // pdf-lib types operator arguments without dictionaries; a BDC property list is one and serialises as such.
    const begin = context.register(context.contentStream([PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of("Figure"), context.obj({ MCID: 0 }) as unknown as PDFArray])]));
    const end = context.register(context.contentStream([PDFOperator.of(PDFOperatorNames.EndMarkedContent)]));
    page.node.wrapContentStreams(begin, end);
  });
  document.set(PDFName.of("K"), context.obj(figures));
  const root = context.obj({ Type: "StructTreeRoot", K: documentRef, ParentTreeNextKey: figures.length });
  root.set(PDFName.of("ParentTree"), context.register(context.obj({ Nums: parentTree })));
  markTagged(doc, root);
  document.set(PDFName.of("P"), doc.catalog.get(PDFName.of("StructTreeRoot"))!);
}
