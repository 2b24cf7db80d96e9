import yaml from "js-yaml";
import { isDeepStrictEqual } from "node:util";
import { describeCode, plainText, segmentMarkdown, type Piece, type Segment } from "./segment.ts";
import { KEYWORD_SEPARATOR, pageUnits, splitFile, type Unit } from "./units.ts";

/** A new target for one unit of a translated file. */
export interface UnitEdit {
  english: Unit;
  current: Unit;
  segment: Segment;
}

/**
 * What is wrong with a target's inline codes against the source's, or undefined: each code once, none
 * added, pairs closed in order. Placeholders (interface strings) may be left out.
 *
 * @example
 * codeProblem([{ text: "Hola" }], englishSegmentWithOneLink) // → "missing inline code 1 (link to /en/x/)"
 */
export function codeProblem(target: Piece[], source: Segment): string | undefined {
  const seen = new Map<string, number>();
  const open: string[] = [];
  for (const piece of target) {
    if ("text" in piece) continue;
    const id = "open" in piece ? piece.open : "close" in piece ? piece.close : piece.standalone;
    const code = source.codes[id];
    if (!code) return `extra inline code ${id} (the source has no code with that id)`;
    const paired = code.end !== undefined;
    if ("standalone" in piece === paired) return `inline code ${id} (${describeCode(code)}) written as ${paired ? "a placeholder <ph>" : "a pair <pc>"}; expected ${paired ? "<pc>" : "<ph>"} as in the source`;
    if ("close" in piece) {
      if (open.pop() !== id) return `inline code ${id} (${describeCode(code)}) closes out of order`;
      continue;
    }
    seen.set(id, (seen.get(id) ?? 0) + 1);
    if (seen.get(id)! > 1) return `inline code ${id} (${describeCode(code)}) appears twice (an extra copy)`;
    if ("open" in piece) open.push(id);
  }
  if (open.length) return `inline code ${open.at(-1)} is opened and never closed`;
  const missing = Object.entries(source.codes).find(([id, c]) => !seen.has(id) && c.kind !== "placeholder");
  return missing ? `missing inline code ${missing[0]} (${describeCode(missing[1])})` : undefined;
}

/** A YAML scalar for a front-matter line, written the way the line wrote it when that still reads back the same. */
function yamlScalar(value: string, oldLine: string): string {
  const wasQuoted = /^[^:]+:\s*"/.test(oldLine);
  const plainReadsBack = !/^\s|\s$/.test(value) && isDeepStrictEqual(safeLoad(`k: ${value}`), { k: value });
  return !wasQuoted && plainReadsBack ? value : JSON.stringify(value);
}

function safeLoad(text: string): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

/** The new line(s) for one unit, and the lines they replace. */
function replacement(edit: UnitEdit, lines: string[], toTargetHref: (href: string) => string): { from: number; to: number; text: string } {
  const place = edit.current.place!;
  if ("field" in place) {
    const value = plainText(edit.segment).trim();
    const line = place.field === "keywords"
      ? `keywords: [${value.split(KEYWORD_SEPARATOR.trim()).map((k) => JSON.stringify(k.trim())).filter((k) => k !== '""').join(", ")}]`
      : `${place.field}: ${yamlScalar(value.replace(/\s+/g, " "), lines[place.line]!)}`;
    return { from: place.line, to: place.line, text: line };
  }
  const markdown = segmentMarkdown(edit.segment, toTargetHref).replace(/\s+/g, " ").trim();
  return { from: place.first, to: place.idLine, text: `${place.prefix}${markdown}${place.suffix}` };
}

/**
 * A translated file with new targets written in, each replacing exactly its unit's line(s); or the
 * problems that stop it: a unit this tool cannot place, or a target that would not read back as
 * itself (it would break the Markdown or the front matter).
 *
 * @example
 * applyTargets(spanishText, [{ english, current, segment }], hrefMaps("es")) // → { text: "…one line changed…", problems: [] }
 */
export function applyTargets(text: string, edits: UnitEdit[], hrefs: { toSource: (href: string) => string; toTarget: (href: string) => string }): { text: string; problems: [string, string][] } {
  const { lines } = splitFile(text);
  const problems: [string, string][] = [];
  const placed = edits.filter((e) => {
    const place = e.current.place;
    const multiLineField = place && "field" in place && /^\s+\S/.test(lines[place.line + 1] ?? "");
    if (!place || multiLineField) problems.push([e.english.id, "its text spans lines in a way this tool does not rewrite: put it on one line in the Markdown first"]);
    return place && !multiLineField;
  });
  const changes = placed.map((e) => replacement(e, lines, hrefs.toTarget)).sort((a, b) => b.from - a.from);
  for (const change of changes) lines.splice(change.from, change.to - change.from + 1, change.text);
  const result = lines.join("\n");
  return { text: result, problems: [...problems, ...readsBack(text, result, placed, hrefs.toSource)] };
}

/**
 * A segment as text and codes named by what they are (kind and target, links in the source language),
 * whitespace runs as one space: equal for two segments that say the same with the same Markdown.
 */
function canonical(segment: Segment, toSourceHref: (href: string) => string): string {
  const name = (id: string) => {
    const c = segment.codes[id]!;
    return c.kind === "link" || c.kind === "image" ? `${c.kind} ${toSourceHref(c.key.slice(c.kind.length + 1))}` : c.key;
  };
  const parts = segment.pieces.map((p) => ("text" in p ? p.text : "open" in p ? `\u0000<${name(p.open)}>` : "close" in p ? `\u0000</${name(p.close)}>` : `\u0000<${name(p.standalone)}/>`));
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Every unit of the new file reads back as intended: edited units as their targets, the others as before. */
function readsBack(before: string, after: string, edits: UnitEdit[], toSourceHref: (href: string) => string): [string, string][] {
  let units: Unit[];
  try {
    units = pageUnits(after);
  } catch (error) {
    return [[edits[0]?.english.id ?? "(file)", `the target would break the front matter: ${(error as Error).message.split("\n")[0]}`]];
  }
  const old = pageUnits(before);
  const ids = (list: Unit[]) => list.map((u) => `${u.kind}#${u.id}`).join(" ");
  if (ids(units) !== ids(old)) {
    const lost = old.find((u) => !units.some((n) => n.id === u.id))?.id ?? edits[0]?.english.id ?? "(file)";
    return [[lost, "the target would break the Markdown: the page would no longer have the same headings, paragraphs and list items"]];
  }
  const problems: [string, string][] = [];
  for (const unit of units) {
    const edit = edits.find((e) => e.english.id === unit.id);
    const was = old.find((u) => u.id === unit.id)!;
    const same = edit ? Boolean(unit.segment) && canonical(unit.segment!, toSourceHref) === canonical(edit.segment, (h) => h) : unit.hash === was.hash;
    if (!same) problems.push([unit.id, `the target would break the Markdown (it would read as "${unit.segment ? plainText(unit.segment) : unit.markdown}")`]);
  }
  return problems;
}
