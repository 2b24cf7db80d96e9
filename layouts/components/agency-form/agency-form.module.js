// The agency form of a print preview (agency-form.njk). As the reader types, their agency's details replace (or
// join) the local help on the paper, where the print stage puts it; assets/js/print-fit.js fits the page again and
// the form says which panel or page would overflow, by how much, and what to shorten. The paper is the print page
// itself, so Ctrl+P or the Print button prints it at its true size (@page in assets/css/print.css); a card can also
// go on a Letter or A4 sheet for the office printer, set out as the print stage sets its sheets (scripts/print/sheet-plan.ts).
// Nothing is sent: the fonts the PDF uses are all loaded when the form opens, before anything is typed, so no
// character typed can make the page fetch a font slice for it.
import { DEFAULT_LAYOUT, PAPER, backSlot, planSheet, sheetMarks } from "../../../scripts/print/sheet-plan.ts";
import { agencyFields, fill, loadEveryFace, strings, valueOf, websiteLabel } from "./fields.js";

const PT = 0.75; // CSS px → pt
const SVG = "http://www.w3.org/2000/svg";

/** An element with attributes and children. */
function el(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

const telHref = (phone) => `tel:${phone.replace(/[^0-9+]/g, "")}`;

/**
 * The agency's local help, built as layouts/print/local-help.njk builds the national one; beside it, the national
 * line follows, shortened to its name and phone.
 */
function agencyHelp(agency, { placement, national, text }) {
  const help = el("div", { class: "local-help", "data-agency-help": "" });
  help.append(el("p", { class: "local-help__name", dir: "auto" }, agency.name));
  help.append(el("p", { class: "local-help__phone" }, `${text.call} `, el("a", { href: telHref(agency.phone), dir: "ltr" }, agency.phone)));
  if (agency.text) help.append(el("p", {}, el("bdi", {}, agency.text)));
  const web = [];
  if (agency.website) web.push(el("a", { href: agency.website, dir: "ltr", rel: "noopener noreferrer" }, websiteLabel(agency.website)));
  if (agency.hours) web.push(fill(text.hours, { hours: agency.hours }));
  if (web.length) help.append(el("p", {}, ...web.flatMap((part, i) => (i ? ["\u00a0· ", part] : [part]))));
  if (agency.note) help.append(el("p", { class: "local-help__note", dir: "auto" }, agency.note));
  const name = national.querySelector(".local-help__name");
  const phone = national.querySelector(".local-help__phone a");
  if (placement === "beside" && name && phone) {
    help.append(el("p", { class: "local-help__national" }, el("bdi", {}, name.textContent), " ", el("a", { href: phone.getAttribute("href"), dir: "ltr" }, phone.textContent)));
  }
  return help;
}

/** A copy of a card side for a sheet: no ids, nothing print-fit.js would count twice; copies after the first inert (read and reached once). */
function sheetCopy(side, { hidden }) {
  const copy = side.cloneNode(true);
  for (const node of [copy, ...copy.querySelectorAll("*")]) {
    for (const name of [...node.getAttributeNames()]) if (name === "id" || name === "data-print-page" || name === "data-fold" || name.startsWith("data-fit")) node.removeAttribute(name);
  }
  if (hidden) copy.inert = true;
  return copy;
}

/** The cut and fold marks of a sheet's front, as SVG over the whole sheet (points, y down). */
function marksSvg(size, slots, item, folds) {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "office-sheet__marks");
  svg.setAttribute("viewBox", `0 0 ${size.width} ${size.height}`);
  svg.setAttribute("aria-hidden", "true");
  for (const slot of slots) {
    for (const mark of sheetMarks(slot, item, folds, DEFAULT_LAYOUT)) {
      const line = document.createElementNS(SVG, "line");
      const at = { x1: mark.from.x, y1: size.height - mark.from.y, x2: mark.to.x, y2: size.height - mark.to.y };
      for (const [key, value] of Object.entries(at)) line.setAttribute(key, String(Math.round(value * 100) / 100));
      if (mark.dashed) line.setAttribute("stroke-dasharray", "2 1.5");
      svg.append(line);
    }
  }
  return svg;
}

/** The card's sides set out on sheets of `paperName`, front and back, as many to a sheet as fit, marks on the front. */
function officeSheets(sides, paperName, folds, text) {
  const size = PAPER[paperName];
  const box = sides[0].getBoundingClientRect();
  const item = { width: box.width * PT, height: box.height * PT };
  const slots = planSheet(size, item, DEFAULT_LAYOUT);
  const sheets = el("div", { class: "office-sheets", "data-office-sheets": "" });
  sides.forEach((side, index) => {
    const sheet = el("section", { class: "office-sheet", "data-sheet-paper": paperName, "aria-label": fill(text.sheetSide, { side: index + 1 }) });
    slots.forEach((front, n) => {
      const slot = index === 0 ? front : backSlot(size, front);
      const inner = el("div", { class: "office-sheet__item" }, sheetCopy(side, { hidden: n > 0 }));
      inner.style.cssText = `left:${(slot.width - item.width) / 2}pt;top:${(slot.height - item.height) / 2}pt;transform:rotate(${-slot.rotate}deg)`;
      const place = el("div", { class: "office-sheet__slot" }, inner);
      place.style.cssText = `left:${slot.x}pt;top:${size.height - slot.y - slot.height}pt;width:${slot.width}pt;height:${slot.height}pt`;
      sheet.append(place);
    });
    if (index === 0) sheet.append(marksSvg(size, slots, item, folds));
    sheets.append(sheet);
  });
  return sheets;
}

/** The first stylesheet load of a link, or at once if it already has one. */
const loaded = (link) => (link.sheet ? Promise.resolve() : new Promise((resolve) => ["load", "error"].forEach((type) => link.addEventListener(type, resolve, { once: true }))));

function init(details) {
  const root = document.documentElement;
  const form = details.querySelector("[data-agency-fields]");
  const text = strings(details, "[data-agency-strings]");
  const paper = document.querySelector(".print-paper");
  const status = details.querySelector("[data-agency-status]");
  const national = [...paper.querySelectorAll(".local-help")].map((help) => help.cloneNode(true));
  let state = { agency: {}, errors: false };
  let fonts = null;
  let timer = 0;

  /**
   * The paper in the fonts its PDF embeds, on screen too: its own faces (paper-fonts.css) switched on, and every face
   * of its families loaded, whatever will be typed. Until then the preview uses the device's own fonts.
   */
  function paperFonts() {
    fonts ??= (async () => {
      details.dataset.state = "fonts";
      status.textContent = text.fonts;
      root.setAttribute("data-paper-fonts", "");
      const own = document.querySelector("link[data-paper-fonts]");
      own.media = "all";
      const families = own.dataset.paperFontsAll.split(" ").filter(Boolean).map((href) => el("link", { rel: "stylesheet", href }));
      document.head.append(...families);
      await Promise.all([own, ...families].map(loaded));
      await loadEveryFace();
      await document.fonts.ready;
      details.dataset.state = "ready";
    })();
    return fonts;
  }

  const choice = (name) => valueOf(form, name);

  function apply() {
    const { agency } = state;
    const placement = choice("agency-placement");
    paper.querySelectorAll(".local-help").forEach((help, i) => {
      const original = national[i] ?? national[0];
      help.replaceWith(agency.name && agency.phone ? agencyHelp(agency, { placement, national: original, text }) : original.cloneNode(true));
    });
    const printAs = choice("print-paper");
    if (printAs in PAPER) root.dataset.paper = printAs;
    paper.querySelector("[data-office-sheets]")?.remove();
    const sheet = printAs.startsWith("sheet-") ? printAs.slice("sheet-".length) : "";
    if (sheet) root.dataset.sheet = sheet;
    else delete root.dataset.sheet;
    const result = window.printFit.measure();
    if (sheet) paper.append(officeSheets([...paper.querySelectorAll(".card > .card__side")], sheet, result.folds, text));
  }

  /** What the status line says: what overflows, by how much and what to shorten; or that the details fit. */
  function report() {
    const { agency, errors } = state;
    const lang = root.lang;
    const typed = Object.values(agency).some(Boolean);
    const over = [...paper.querySelectorAll("[data-fit-overflow]")];
    if (over.length) {
      const fields = Object.entries(agency)
        .filter(([, value]) => value)
        .sort((a, b) => b[1].length - a[1].length)
        .slice(0, 3)
        .map(([field]) => fill(text.field, { field: form.querySelector(`label[for="agency-${field}"]`).textContent.trim() }));
      const list = new Intl.ListFormat(lang, { type: "disjunction" }).format(fields);
      const lines = over.map((box) => {
        const line = parseFloat(getComputedStyle(box).lineHeight) * PT || 10;
        const count = Math.max(1, Math.ceil(Number(box.dataset.fitOverflow) / line));
        return fill(count === 1 ? text.overOne : text.over, { part: box.dataset.fitName || box.dataset.fitLabel, lines: count });
      });
      const advice = [fields.length ? fill(text.shorten, { fields: list }) : "", choice("agency-placement") === "beside" ? text.instead : ""];
      status.textContent = [...lines, ...advice].filter(Boolean).join(" ");
    } else if (typed && !(agency.name && agency.phone)) status.textContent = text.needed;
    else status.textContent = typed && !errors ? text.fitOk : "";
    details.toggleAttribute("data-problem", over.length > 0 || errors);
  }

  /** Waits for the fonts when they are on their way, then puts the details on the paper and fits it again. */
  async function update() {
    if (fonts) await fonts;
    apply();
    report();
    details.removeAttribute("data-pending");
  }

  function schedule() {
    details.setAttribute("data-pending", "");
    clearTimeout(timer);
    timer = setTimeout(update, 120);
  }

  details.hidden = false;
  const fields = agencyFields(form, {
    onChange(next) {
      state = next;
      schedule();
    },
  });
  // A handout opened with ?paper=a4 (as the print stage opens it) starts on A4.
  for (const radio of form.querySelectorAll('[name="print-paper"]')) if (root.dataset.paper in PAPER) radio.checked = radio.value === root.dataset.paper;
  form.addEventListener("change", (event) => {
    if (event.target.name === "agency-placement" || event.target.name === "print-paper") schedule();
  });
  details.addEventListener("toggle", () => {
    if (!details.open) return;
    paperFonts();
    schedule(); // waits for the fonts, then fits the paper in them
  });
  details.querySelector("[data-agency-print]").addEventListener("click", async () => {
    await paperFonts();
    clearTimeout(timer);
    state = fields.read({ all: true });
    await update();
    if (details.hasAttribute("data-problem")) status.textContent = `${text.blocked} ${status.textContent}`;
    else window.print();
  });
  // Ctrl+P before the form was opened: the paper's own fonts at least, fitted with what has loaded. A page
  // already shown as print media (the print stage's) has its paper fonts and fit, and loads no more faces.
  window.addEventListener("beforeprint", () => {
    if (fonts || matchMedia("print").matches) return;
    paperFonts();
    window.printFit.measure();
  });
  if (fields.restored) {
    state = fields.read();
    details.open = true;
  }
}

const details = document.querySelector("[data-agency-form]");
if (details && window.printFit) init(details);
