import { DomUtils, parseDocument } from "htmlparser2";
import { isTag, type Element } from "domhandler";

/** Markup is moved, not re-encoded: parsed and written with its entities as they are. */
const RAW = { decodeEntities: false };

/** Replaces each link by its words: a link's address (a glossary entry, a section) could name what the card is about. */
function unwrapLinks(el: Element): void {
  for (const a of DomUtils.findAll((e) => e.name === "a", el.children)) {
    const parent = a.parent;
    if (!parent) continue;
    const at = parent.children.indexOf(a);
    for (const child of a.children) child.parent = parent;
    parent.children.splice(at, 1, ...a.children);
  }
}

/** A block as kept on a discreet card: without its id and with its links as plain words. */
function keptHtml(el: Element): string {
  delete el.attribs.id;
  unwrapLinks(el);
  return DomUtils.getOuterHTML(el, RAW);
}

/**
 * A pocket card's inside panels as its discreet edition carries them: only the blocks (headings,
 * paragraphs, list items) whose paragraph id the English card lists in `discreet:`, section by
 * section, so each stays on its own panel; a panel with nothing kept is left blank.
 *
 * @example
 * discreetPanels('<h2 id="a">Safety first</h2><ul><li id="b">Ask what times suit them.</li><li id="c">Is it safe?</li></ul>', ["b"])
 * // → ["<ul><li>Ask what times suit them.</li></ul>"]
 */
export function discreetPanels(html: string, keep: string[] = []): string[] {
  const panels: string[] = [];
  for (const el of parseDocument(html, RAW).children.filter(isTag)) {
    if (el.name === "h2") panels.push("");
    if (!panels.length) continue;
    let kept = "";
    if (el.name === "ul" || el.name === "ol") {
      const items = el.children.filter(isTag).filter((li) => keep.includes(li.attribs.id ?? ""));
      if (items.length) kept = `<${el.name}>${items.map(keptHtml).join("")}</${el.name}>`;
    } else if (keep.includes(el.attribs.id ?? "")) {
      kept = keptHtml(el);
    }
    panels[panels.length - 1] += kept;
  }
  return panels;
}
