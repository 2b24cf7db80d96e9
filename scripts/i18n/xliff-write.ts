// XLIFF 2.0 out: written with @xmldom/xmldom (a W3C DOM and serializer), never by string concatenation.
import { DOMImplementation, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import type { InlineCode, Segment } from "./segment.ts";

export const XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
/** The XLIFF 2.0 Metadata module: where a file says who reviewed it and when. */
export const MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0";

export type UnitState = "initial" | "translated" | "reviewed" | "final";

export interface XliffUnit {
  id: string;
  /** What the unit is, as XLIFF's prefix:value (afg:heading, afg:paragraph, afg:title, afg:interface-string …). */
  type: string;
  state: UnitState;
  /** afg:english-changed when the English moved on since the target was translated. */
  subState?: string;
  source: Segment;
  target?: Segment;
  /** Notes for the translator: category → text, in order. */
  notes: [string, string][];
}

export interface XliffFile {
  srcLang: string;
  trgLang: string;
  /** The English file, relative to content/ (en/victim-contact/tips-for-advocates.md). */
  original: string;
  /** The review the page records, or empty slots for a reviewer to fill in; absent for the interface strings. */
  review?: { by: string; on: string };
  instructions: string;
  units: XliffUnit[];
}

const CODE_ATTRIBUTES: Record<InlineCode["kind"], Record<string, string>> = {
  link: { type: "link" },
  image: { type: "image" },
  strong: { type: "fmt", subType: "xlf:b" },
  em: { type: "fmt", subType: "xlf:i" },
  code: { type: "other", subType: "afg:code" },
  placeholder: { type: "other", subType: "afg:placeholder" },
};

/** A child element, on its own indented line. */
function child(doc: Document, parent: Element, name: string, depth: number, attributes: Record<string, string | undefined> = {}, ns = XLIFF_NS): Element {
  parent.appendChild(doc.createTextNode(`\n${"  ".repeat(depth)}`));
  const element = doc.createElementNS(ns, name);
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(key, value);
  parent.appendChild(element);
  return element;
}

/** Closes an element whose children were indented: the end tag on its own line. */
const closeIndent = (doc: Document, element: Element, depth: number) => element.appendChild(doc.createTextNode(`\n${"  ".repeat(depth)}`));

/** Fills <source> or <target>: text, and each code as <pc> (paired) or <ph> (standalone), no whitespace added. */
function fillContent(doc: Document, element: Element, segment: Segment): void {
  const stack: Element[] = [element];
  for (const piece of segment.pieces) {
    const into = stack.at(-1)!;
    if ("text" in piece) into.appendChild(doc.createTextNode(piece.text));
    else if ("close" in piece) stack.pop();
    else {
      const id = "open" in piece ? piece.open : piece.standalone;
      const code = segment.codes[id]!;
      const paired = "open" in piece;
      const inline = doc.createElementNS(XLIFF_NS, paired ? "pc" : "ph");
      inline.setAttribute("id", id);
      for (const [key, value] of Object.entries(CODE_ATTRIBUTES[code.kind])) inline.setAttribute(key, value);
      if (paired) {
        inline.setAttribute("dataRefStart", `d${id}s`);
        inline.setAttribute("dataRefEnd", `d${id}e`);
      } else {
        inline.setAttribute("dataRef", `d${id}`);
        inline.setAttribute("disp", code.start);
      }
      inline.setAttribute("canCopy", "no");
      // A placeholder may be left out ("al español" for "al {language}"); a link or emphasis may not.
      inline.setAttribute("canDelete", code.kind === "placeholder" ? "yes" : "no");
      into.appendChild(inline);
      if (paired) stack.push(inline);
    }
  }
}

/** <originalData>: the Markdown each code stands for, so the text itself holds none. */
function originalData(doc: Document, unit: Element, segment: Segment, depth: number): void {
  const ids = Object.keys(segment.codes);
  if (!ids.length) return;
  const data = child(doc, unit, "originalData", depth);
  for (const id of ids) {
    const code = segment.codes[id]!;
    const entries: [string, string][] = code.end === undefined ? [[`d${id}`, code.start]] : [[`d${id}s`, code.start], [`d${id}e`, code.end]];
    for (const [dataId, markdown] of entries) child(doc, data, "data", depth + 1, { id: dataId }).appendChild(doc.createTextNode(markdown));
  }
  closeIndent(doc, data, depth);
}

function writeUnit(doc: Document, file: Element, unit: XliffUnit): void {
  const element = child(doc, file, "unit", 2, { id: unit.id, type: unit.type });
  const notes = child(doc, element, "notes", 3);
  unit.notes.forEach(([category, text]) => child(doc, notes, "note", 4, { category, appliesTo: "source" }).appendChild(doc.createTextNode(text)));
  closeIndent(doc, notes, 3);
  originalData(doc, element, unit.source, 3);
  const segment = child(doc, element, "segment", 3, { state: unit.state, subState: unit.subState });
  fillContent(doc, child(doc, segment, "source", 4), unit.source);
  if (unit.target) fillContent(doc, child(doc, segment, "target", 4), unit.target);
  closeIndent(doc, segment, 3);
  closeIndent(doc, element, 2);
}

/**
 * One XLIFF 2.0 document: one <file> for one page (or the interface strings), one <unit> per paragraph
 * id, its state, notes (the English hash, the previous English text) and inline codes for the Markdown.
 *
 * @example
 * writeXliff({ srcLang: "en", trgLang: "es", original: "en/index.md", instructions: "…", units: [] })
 * // → '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">…'
 */
export function writeXliff(input: XliffFile): string {
  const doc = new DOMImplementation().createDocument(XLIFF_NS, "xliff", null);
  const root = doc.documentElement!;
  root.setAttribute("version", "2.0");
  root.setAttribute("srcLang", input.srcLang);
  root.setAttribute("trgLang", input.trgLang);
  if (input.review) root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:mda", MDA_NS);
  // One unit is one paragraph: a CAT tool must not split it into sentences that this site cannot put back.
  const file = child(doc, root, "file", 1, { id: "f1", original: input.original, canResegment: "no" });
  if (input.review) {
    const metadata = child(doc, file, "mda:metadata", 2, {}, MDA_NS);
    const group = child(doc, metadata, "mda:metaGroup", 3, { category: "review" }, MDA_NS);
    child(doc, group, "mda:meta", 4, { type: "reviewedBy" }, MDA_NS).appendChild(doc.createTextNode(input.review.by));
    child(doc, group, "mda:meta", 4, { type: "reviewedOn" }, MDA_NS).appendChild(doc.createTextNode(input.review.on));
    closeIndent(doc, group, 3);
    closeIndent(doc, metadata, 2);
  }
  const notes = child(doc, file, "notes", 2);
  child(doc, notes, "note", 3, { category: "instructions" }).appendChild(doc.createTextNode(input.instructions));
  closeIndent(doc, notes, 2);
  for (const unit of input.units) writeUnit(doc, file, unit);
  closeIndent(doc, file, 1);
  closeIndent(doc, root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
