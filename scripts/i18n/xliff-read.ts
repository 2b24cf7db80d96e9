// XLIFF 2.0 in: parsed with @xmldom/xmldom (namespace-aware, strict about well-formedness), then
// checked for the shape this site exports. Any problem names the unit it is in.
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import type { Piece } from "./segment.ts";
import { MDA_NS, XLIFF_NS, type UnitState } from "./xliff-write.ts";

/** A problem in an XLIFF file, in a unit (or in the file as a whole when `unit` is absent). */
export class XliffProblem extends Error {
  constructor(
    message: string,
    readonly unit?: string,
  ) {
    super(message);
  }
}

export interface ReadUnit {
  id: string;
  state: UnitState;
  /** Pieces with the code ids as written: checked against the English codes by the importer. */
  source: Piece[];
  target?: Piece[];
}

export interface ReadXliff {
  version: string;
  srcLang: string;
  trgLang: string;
  original: string;
  /** What the file's review metadata says; empty strings where a slot is empty or missing. */
  review: { by: string; on: string };
  units: ReadUnit[];
}

const STATES: UnitState[] = ["initial", "translated", "reviewed", "final"];
const elementsOf = (node: Node) => Array.from(node.childNodes).filter((n): n is Element => n.nodeType === 1);
const isXliff = (e: Element, name: string) => e.namespaceURI === XLIFF_NS && e.localName === name;

/** Inline content of <source> or <target>: text, codes (<pc>, <ph>, <sc>/<ec>), markers read through. */
function readInline(node: Node, unit: string, into: Piece[] = []): Piece[] {
  for (const n of Array.from(node.childNodes)) {
    if (n.nodeType === 3 || n.nodeType === 4) into.push({ text: n.nodeValue ?? "" });
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    const name = e.namespaceURI === XLIFF_NS ? e.localName : `{${e.namespaceURI}}${e.localName}`;
    if (name === "pc") {
      into.push({ open: e.getAttribute("id") ?? "" });
      readInline(e, unit, into);
      into.push({ close: e.getAttribute("id") ?? "" });
    } else if (name === "ph") into.push({ standalone: e.getAttribute("id") ?? "" });
    else if (name === "sc") into.push({ open: e.getAttribute("id") ?? "" });
    else if (name === "ec") into.push({ close: e.getAttribute("startRef") ?? e.getAttribute("id") ?? "" });
    else if (name === "mrk") readInline(e, unit, into);
    else if (name === "cp") into.push({ text: String.fromCodePoint(parseInt(e.getAttribute("hex") ?? "", 16)) });
    else if (name !== "sm" && name !== "em") throw new XliffProblem(`unexpected element <${e.tagName}> inside the text`, unit);
  }
  return into;
}

/** A unit's segments (and ignorables) joined: a tool may have split a paragraph; it is one paragraph here. */
function readUnit(e: Element): ReadUnit {
  const id = e.getAttribute("id") ?? "";
  const parts = elementsOf(e).filter((c) => isXliff(c, "segment") || isXliff(c, "ignorable"));
  if (!parts.some((p) => isXliff(p, "segment"))) throw new XliffProblem("no <segment>", id);
  const source: Piece[] = [];
  let target: Piece[] | undefined;
  let state: UnitState = "final";
  for (const part of parts) {
    const src = elementsOf(part).find((c) => isXliff(c, "source"));
    const trg = elementsOf(part).find((c) => isXliff(c, "target"));
    if (!src) throw new XliffProblem("a segment without <source>", id);
    readInline(src, id, source);
    if (trg) readInline(trg, id, (target ??= []));
    else if (isXliff(part, "ignorable")) readInline(src, id, (target ??= []));
    if (isXliff(part, "segment")) {
      const own = (part.getAttribute("state") || "initial") as UnitState;
      if (!STATES.includes(own)) throw new XliffProblem(`state "${own}" (expected one of ${STATES.join(", ")})`, id);
      if (STATES.indexOf(own) < STATES.indexOf(state)) state = own;
    }
  }
  return { id, state, source, ...(target ? { target } : {}) };
}

/** The file's review metadata: <mda:metaGroup category="review"> with reviewedBy and reviewedOn. */
function readReview(file: Element): { by: string; on: string } {
  const metas = Array.from(file.getElementsByTagNameNS(MDA_NS, "meta")).filter((m) => (m.parentNode as Element | null)?.getAttribute("category") === "review");
  const value = (type: string) => (metas.find((m) => m.getAttribute("type") === type)?.textContent ?? "").trim();
  return { by: value("reviewedBy"), on: value("reviewedOn") };
}

/**
 * Reads an XLIFF 2 document as this site exports it: one <file>, its units with their state, source
 * and target; throws an XliffProblem for anything else (not XML, not XLIFF 2, a unit without id …).
 *
 * @example
 * readXliff(writeXliff(file)).units[0].state // → "translated"
 */
export function readXliff(text: string): ReadXliff {
  let root: Element | null;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    });
    root = parser.parseFromString(text, "text/xml").documentElement;
  } catch (error) {
    throw new XliffProblem(`not well-formed XML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (!root || root.localName !== "xliff") throw new XliffProblem(`not an XLIFF file (the root element is <${root?.tagName ?? "nothing"}>)`);
  const version = root.getAttribute("version") ?? "";
  if (root.namespaceURI !== XLIFF_NS || !version.startsWith("2.")) throw new XliffProblem(`not XLIFF 2 (version="${version}", namespace ${root.namespaceURI ?? "none"}; expected version="2.0" in ${XLIFF_NS})`);
  const files = elementsOf(root).filter((e) => isXliff(e, "file"));
  if (files.length !== 1) throw new XliffProblem(`${files.length} <file> elements (expected one: one page per XLIFF file)`);
  const file = files[0]!;
  const units = Array.from(file.getElementsByTagNameNS(XLIFF_NS, "unit")).map(readUnit);
  const seen = new Set<string>();
  for (const unit of units) {
    if (!unit.id) throw new XliffProblem("a <unit> without an id");
    if (seen.has(unit.id)) throw new XliffProblem("this unit id appears twice", unit.id);
    seen.add(unit.id);
  }
  return { version, srcLang: root.getAttribute("srcLang") ?? "", trgLang: root.getAttribute("trgLang") ?? "", original: file.getAttribute("original") ?? "", review: readReview(file), units };
}
