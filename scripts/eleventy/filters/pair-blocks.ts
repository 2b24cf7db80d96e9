import { DomUtils, parseDocument } from "htmlparser2";
import { isTag, type Element } from "domhandler";

/** Markup is moved, not re-encoded: parsed and written with its entities as they are. */
const RAW = { decodeEntities: false };

/** One row of a bilingual sheet: a block (heading, paragraph or list item) and its translation. */
export interface BlockPair {
  /** The stable paragraph id both versions carry. */
  id: string;
  /** A heading row stays with the row after it (print-fit.js: data-keep-with-next). */
  heading: boolean;
  /** Classes of the block (e.g. write-space), for the row. */
  className: string;
  /** The source-language block and the translated block, as HTML without their ids (both are on one page). */
  source: string;
  translated: string;
}

/** Each block with an id, in order: headings and paragraphs as they are, list items inside a one-item list of their own. */
function blocksById(html: string, lang: string): Map<string, { heading: boolean; className: string; html: string }> {
  const blocks = new Map<string, { heading: boolean; className: string; html: string }>();
  const top = parseDocument(html, RAW).children.filter(isTag);
  for (const el of top) {
    if (el.name === "ul" || el.name === "ol") {
      const items = el.children.filter(isTag).filter((n) => n.name === "li");
      items.forEach((li, index) => {
        const id = li.attribs.id;
        if (!id) return;
        delete li.attribs.id;
        if (lang) li.attribs.lang = lang;
        const cls = el.attribs.class ? ` class="${el.attribs.class}"` : "";
        const start = el.name === "ol" ? ` start="${Number(el.attribs.start ?? 1) + index}"` : "";
        const langAttr = lang ? ` lang="${lang}"` : "";
        blocks.set(id, { heading: false, className: "", html: `<${el.name}${cls}${start}${langAttr}>${DomUtils.getOuterHTML(li, RAW)}</${el.name}>` });
      });
      continue;
    }
    const id = el.attribs.id;
    if (!id) continue;
    delete el.attribs.id;
    if (lang) el.attribs.lang = lang;
    blocks.set(id, { heading: /^h[1-6]$/.test(el.name), className: el.attribs.class ?? "", html: DomUtils.getOuterHTML(el, RAW) });
  }
  return blocks;
}

/**
 * Pairs the blocks of a page and its translation by their stable paragraph ids, in the source's order.
 * A block only one side has still gets its row (the other cell stays empty), so nothing is dropped.
 * Given their languages (BCP-47), each block carries its own: Chromium writes a tagged PDF's /Lang
 * from an element's own lang attribute, not from an ancestor's.
 *
 * @example
 * pairBlocks('<h2 id="a">Why</h2><ul><li id="b">One</li></ul>', '<h2 id="a">Por qué</h2><ul><li id="b">Uno</li></ul>')
 * // → [{ id: "a", heading: true, className: "", source: "<h2>Why</h2>", translated: "<h2>Por qué</h2>" },
 * //    { id: "b", heading: false, className: "", source: "<ul><li>One</li></ul>", translated: "<ul><li>Uno</li></ul>" }]
 */
export function pairBlocks(sourceHtml: string, translatedHtml: string, sourceLang = "", translatedLang = ""): BlockPair[] {
  const source = blocksById(sourceHtml, sourceLang);
  const translated = blocksById(translatedHtml, translatedLang);
  const ids = [...source.keys(), ...[...translated.keys()].filter((id) => !source.has(id))];
  return ids.map((id) => {
    const a = source.get(id);
    const b = translated.get(id);
    return { id, heading: (a ?? b)!.heading, className: (a ?? b)!.className, source: a?.html ?? "", translated: b?.html ?? "" };
  });
}
