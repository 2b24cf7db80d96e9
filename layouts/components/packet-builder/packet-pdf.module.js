// A training packet built in the browser from the PDFs the print stage made: a cover (drawn on a canvas with the
// site's own fonts, so every script shapes and runs in its direction, and tagged as a figure with the cover's text as
// its alternative), then each card's office-printer sheets or each handout, merged as the print stage merges its
// packets (scripts/print/tagged.ts: each part's structure tree kept, a bookmark per part), page numbers stamped
// through the packet as artifacts, title and language set. Only this site's files are fetched, once each.
import { PDFDocument, StandardFonts, beginMarkedContent, endMarkedContent, popGraphicsState, pushGraphicsState, rgb } from "pdf-lib";
import { applyMeta, saveStable } from "../../../scripts/print/pdf-meta.ts";
import { PAPER } from "../../../scripts/print/sheet-plan.ts";
import { mergeTagged, tagAsFigures } from "../../../scripts/print/tagged.ts";
import { loadEveryFace, websiteLabel } from "../agency-form/fields.js";

const DPI = 240;
const SCALE = DPI / 72; // canvas px per pt
const INK = { ink: "#141b24", muted: "#414c5a", accent: "#1f6f68", line: "#b3c1be", tint: "#eaf2f0" }; // the paper's colours (assets/css/print.css)
const MARGIN = { top: 0.6 * 72, side: 0.7 * 72, bottom: 0.6 * 72 };

/** This site's files, fetched once each and kept for the page's life (so a second packet needs no connection). */
const fetched = new Map();
function get(url, as) {
  const address = new URL(url, location.href);
  if (address.origin !== location.origin) return Promise.reject(new Error(`not this site: ${url}`));
  if (!fetched.has(address.href)) {
    const body = fetch(address, { credentials: "same-origin", referrerPolicy: "no-referrer" }).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return as === "json" ? response.json() : response.arrayBuffer();
    });
    fetched.set(address.href, body.catch((error) => (fetched.delete(address.href), Promise.reject(error))));
  }
  return fetched.get(address.href);
}

/** The font families of the language's stylesheets (linked first if this page lacks them), in their order. */
async function fontFamilies(cssUrls) {
  const families = [];
  for (const href of cssUrls) {
    let link = [...document.querySelectorAll('link[rel="stylesheet"]')].find((l) => new URL(l.href).pathname === href);
    if (!link) {
      link = Object.assign(document.createElement("link"), { rel: "stylesheet", href });
      const loaded = new Promise((resolve, reject) => {
        link.addEventListener("load", resolve, { once: true });
        link.addEventListener("error", () => reject(new Error(`${href} did not load`)), { once: true });
      });
      document.head.append(link);
      await loaded;
    }
    for (const rule of link.sheet?.cssRules ?? []) {
      const family = rule instanceof CSSFontFaceRule ? rule.style.getPropertyValue("font-family").trim().replace(/^["']|["']$/g, "") : "";
      if (family && !families.includes(family)) families.push(family);
    }
  }
  return families;
}

/** Lines of at most `width` pt: breaks between words (Intl.Segmenter knows where in every script), or anywhere in a word too long. */
function wrap(ctx, text, width, lang) {
  const lines = [];
  let line = "";
  for (const { segment } of new Intl.Segmenter(lang, { granularity: "word" }).segment(text)) {
    const next = line + segment;
    if (!line || ctx.measureText(next).width <= width) line = next;
    else {
      lines.push(line.trimEnd());
      line = segment.trimStart();
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/**
 * The cover's drawing, page by page: each op a run of text (at a baseline, from the start edge or to the end edge),
 * a filled box or a rule, in points from the page's top left. Counting the pages needs no numbers yet.
 */
function layoutCover(ctx, { data, entries, agency, size, font }) {
  const { strings: s, dir, lang } = data;
  const width = size.width - 2 * MARGIN.side;
  const pages = [[]];
  let y = MARGIN.top;
  const page = () => pages.at(-1);
  const room = (height) => {
    if (y + height <= size.height - MARGIN.bottom) return;
    pages.push([]);
    y = MARGIN.top;
  };
  /** Wrapped lines of text from the current position; returns the first line's baseline. */
  const text = (value, { pt, weight = 400, color = INK.ink, indent = 0, gap = 0.3, end = 0 }) => {
    ctx.font = font(weight, pt);
    let first = 0;
    for (const line of wrap(ctx, value, width - indent - end, lang)) {
      room(pt * 1.3);
      y += pt * 1.1;
      first ||= y;
      page().push({ kind: "text", value: line, x: indent, y, pt, weight, color });
      y += pt * 0.2;
    }
    y += pt * gap;
    return first;
  };
  const space = (pt) => (y += pt);
  text(s.siteName, { pt: 10, weight: 700, color: INK.accent, gap: 2.5 });
  const titleTop = y;
  text(s.kind, { pt: 14, weight: 700, color: INK.accent, indent: 18, gap: 0.2 });
  text(agency?.name || s.siteName, { pt: 26, weight: 700, indent: 18, gap: 0.2 });
  if (entries.some((e) => e.draft)) text(s.draft, { pt: 11, weight: 700, indent: 18, gap: 0 });
  page().push({ kind: "box", x: 0, y: titleTop, width: 6, height: y - titleTop, color: INK.accent });
  space(28);
  text(s.contents, { pt: 18, weight: 700, gap: 0.6 });
  for (const entry of entries) {
    const baseline = text(`${entry.title} · ${s[entry.format]}`, { pt: 11.5, end: 40, gap: 0.15 });
    page().push({ kind: "text", value: entry.page, x: 0, y: baseline, pt: 11.5, weight: 700, color: INK.ink, toEnd: true });
    page().push({ kind: "rule", y: y + 2, dashed: true });
    space(6);
  }
  space(18);
  const footFrom = { page: pages.length, op: page().length };
  helpBox({ text, space, page, at: () => y, room, data, agency });
  text(s.coverNote, { pt: 9, color: INK.muted, gap: 0 });
  // The local help and the note stand at the foot of the cover when they fit there whole, as on the build's packets.
  const spare = size.height - MARGIN.bottom - y;
  if (pages.length === footFrom.page && spare > 0) for (const op of page().slice(footFrom.op)) op.y += spare;
  return { pages, width, dir };
}

/** Text of its own direction inside a line (a name typed in any script), and numbers and addresses always left to right, as the HTML's dir="auto" and dir="ltr" do. */
const own = (value) => `\u2068${value}\u2069`;
const ltr = (value) => `\u2066${value}\u2069`;

/** The local help on the cover: the agency's details, if given, then the help line printed on the items. */
function helpBox({ text, space, page, at, room, data, agency }) {
  const { strings: s, national } = data;
  const hours = (value) => s.hours.replace("{hours}", own(value));
  room(90);
  const top = at();
  const start = page().length;
  text(s.localHelp, { pt: 11, weight: 700, color: INK.accent, indent: 12, gap: 0.2 });
  const lines = [];
  if (agency) {
    lines.push([own(agency.name), 700, 11], [`${s.call} ${ltr(agency.phone)}`, 700, 13]);
    if (agency.text) lines.push([own(agency.text), 400, 10.5]);
    const web = [agency.website && ltr(websiteLabel(agency.website)), agency.hours && hours(agency.hours)].filter(Boolean);
    if (web.length) lines.push([web.join(" · "), 400, 10.5]);
    if (agency.note) lines.push([own(agency.note), 400, 10.5]);
    lines.push([`${own(national.name)} · ${s.call} ${ltr(national.phone)}`, 400, 10]);
  } else {
    lines.push([own(national.name), 700, 11], [`${s.call} ${ltr(national.phone)}`, 700, 13], [own(national.text), 400, 10.5], [`${ltr(national.websiteLabel)} · ${hours(national.hours)}`, 400, 10.5]);
  }
  for (const [value, weight, pt] of lines) text(value, { pt, weight, indent: 12, gap: 0.15, color: weight === 700 ? INK.ink : INK.muted });
  page().splice(start, 0, { kind: "box", x: 0, y: top - 6, width: "full", height: at() - top + 8, color: INK.tint }, { kind: "box", x: 0, y: top - 6, width: 3, height: at() - top + 8, color: INK.accent });
  space(14);
}

/** One laid-out cover page drawn on a canvas, as JPEG bytes (pdf-lib embeds a JPEG as it is; a PNG it decodes and compresses again, twice as slow). */
async function drawPage(ops, { size, width, dir, font }) {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(size.width * SCALE);
  canvas.height = Math.round(size.height * SCALE);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(SCALE, SCALE);
  ctx.direction = dir;
  const left = (x, w) => (dir === "rtl" ? size.width - MARGIN.side - x - w : MARGIN.side + x);
  for (const op of ops) {
    if (op.kind === "box") {
      const w = op.width === "full" ? width : op.width;
      ctx.fillStyle = op.color;
      ctx.fillRect(left(op.x, w), op.y, w, op.height);
    } else if (op.kind === "rule") {
      ctx.strokeStyle = INK.line;
      ctx.lineWidth = 0.5;
      ctx.setLineDash(op.dashed ? [1, 1.5] : []);
      ctx.beginPath();
      ctx.moveTo(MARGIN.side, op.y);
      ctx.lineTo(MARGIN.side + width, op.y);
      ctx.stroke();
    } else {
      ctx.font = font(op.weight, op.pt);
      ctx.fillStyle = op.color;
      ctx.textAlign = op.toEnd ? "end" : "start";
      const startEdge = dir === "rtl" ? size.width - MARGIN.side - op.x : MARGIN.side + op.x;
      const endEdge = dir === "rtl" ? MARGIN.side : size.width - MARGIN.side;
      ctx.fillText(op.value, op.toEnd ? endEdge : startEdge, op.y);
    }
  }
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.9));
  return new Uint8Array(await blob.arrayBuffer());
}

/** Every text of the cover, in order: the cover's text alternative. */
const coverText = (ops) => ops.filter((op) => op.kind === "text" && op.value).map((op) => op.value.replace(/[\u2066-\u2069]/g, "")).join(" ");

/** The cover as a tagged PDF of one or more pages, each a Figure whose alternative is its text. */
async function coverPdf(data, entries, agency, size) {
  const families = await fontFamilies(data.fontCss);
  const font = (weight, pt) => `${weight} ${pt}px ${families.map((f) => `"${f}"`).join(", ")}, sans-serif`;
  // Every face of the language's fonts, before measuring: what the agency typed never decides what is fetched.
  await loadEveryFace(families);
  const ctx = document.createElement("canvas").getContext("2d");
  const layout = layoutCover(ctx, { data, entries, agency, size, font });
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const ops of layout.pages) {
    const image = await doc.embedJpg(await drawPage(ops, { size, width: layout.width, dir: layout.dir, font }));
    doc.addPage([size.width, size.height]).drawImage(image, { x: 0, y: 0, width: size.width, height: size.height });
  }
  tagAsFigures(doc, layout.pages.map(coverText));
  doc.setTitle(data.strings.cover);
  return { bytes: await saveStable(doc), pages: layout.pages.length };
}

/** Page numbers through the packet, from the cover, at the foot of each page after it, marked as artifacts. */
async function numberPages(doc, from) {
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.getPages().forEach((page, index) => {
    if (index < from) return;
    const { width } = page.getSize();
    // The page's own drawing may leave its graphics state changed: keep it to itself.
    const push = doc.context.register(doc.context.contentStream([pushGraphicsState()]));
    const pop = doc.context.register(doc.context.contentStream([popGraphicsState()]));
    page.node.wrapContentStreams(push, pop);
    const label = String(index + 1);
    page.pushOperators(beginMarkedContent("Artifact"));
    page.drawText(label, { x: (width - font.widthOfTextAtSize(label, 8)) / 2, y: 0.22 * 72, size: 8, font, color: rgb(0.25, 0.3, 0.35) });
    page.pushOperators(endMarkedContent());
  });
}

/**
 * One PDF of the chosen printables (by slug, in the language of dataUrl, on Letter or A4), with a cover for `agency`.
 *
 * @example
 * await buildPacket({ items: ["partnering-card", "advocate-tips-handout"], paper: "a4", dataUrl: "/<code>/print/packet-builder.json", agency: null })
 * // → { bytes, pages: 4, fileName: "training-packet-es-a4.pdf" }
 */
export async function buildPacket({ items, paper, dataUrl, agency }) {
  const data = await get(dataUrl, "json");
  const chosen = items.map((slug) => data.items[slug]).filter(Boolean);
  const parts = await Promise.all(chosen.map((item) => get(item.files[paper], "pdf").then((buffer) => new Uint8Array(buffer))));
  const counts = await Promise.all(parts.map(async (bytes) => (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()));
  const size = PAPER[paper];
  const entriesFrom = (first) => chosen.map((item, i) => ({ ...item, page: String(first + counts.slice(0, i).reduce((a, b) => a + b, 0)) }));
  // Laid out once to learn how many pages the cover takes, then drawn with the numbers that follow from it.
  const draft = await coverPdf(data, entriesFrom(2), agency, size);
  const cover = draft.pages === 1 ? draft : await coverPdf(data, entriesFrom(draft.pages + 1), agency, size);
  const packet = await mergeTagged([cover.bytes, ...parts]);
  await numberPages(packet, cover.pages);
  const title = agency ? `${data.strings.kind} · ${agency.name}` : data.strings.kind;
  applyMeta(packet, { title, lang: data.lang, subject: chosen.map((item) => item.title).join("; "), author: data.strings.siteName, keywords: [data.strings.kind], date: new Date().toISOString().slice(0, 10) });
  return { bytes: await saveStable(packet), pages: packet.getPageCount(), fileName: `training-packet-${data.code}-${paper}.pdf` };
}
