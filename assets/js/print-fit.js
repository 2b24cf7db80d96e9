// Print fit: lays out a print page (pocket card, handout, packet) and checks that nothing overflows.
//
// The layout marks what to measure; this script holds no sizes of its own:
//   [data-fit-base][data-fit-floor][data-fit-step]  a fit unit: type starts at base pt and steps down
//                                                    to the floor while any of its boxes overflows
//   [data-fit-box][data-fit-label="panel 4"]         a box that must hold its content (may be the unit itself);
//                                                    several boxes in one unit are pages: content flows on
//   [data-fit-name="Panel 4"]                        what a reader calls the box, in the page's language (messages in the page)
//   [data-fit-group="body"]                          units of one group end at the same size (the smallest)
//   [data-fit-stack]                                 a unit of two-cell rows ([data-pair]) that, if side by side overflows at the
//                                                    floor, is laid out again stacked: every first cell, then every second cell
//   [data-keep-with-next]                            a block (a heading row) never ends a box, like a heading
//   [data-print-page]                                one printed page (counted, and the first one thumbnailed)
//   [data-fold]                                      a fold line along this element's top edge (for sheet marks)
// ?paper=a4 on the URL sets <html data-paper="a4">, which the print CSS uses to pick the page size.
//
// The result, window.printFit.done → { pages, folds, units: [{ label, size, overflow: [labels], over: [pt], stacked }] }, is read by
// scripts/print.ts before printing. Boxes that still overflow get data-fit-overflow="<pt over>", and
// window.printFit.measure() fits the page again after it changed (the agency form in a print preview).
(() => {
  const PT = 0.75; // CSS px → pt
  const params = new URLSearchParams(location.search);
  if (params.get("paper")) document.documentElement.dataset.paper = params.get("paper");

  const pristine = new WeakMap();
  const isHeading = (el) => /^H[1-6]$/.test(el.tagName);
  const isList = (el) => el.tagName === "UL" || el.tagName === "OL";

  /** True when everything in the box lies inside its content area (sub-pixel exact, nested overflow too). */
  function fits(box) {
    if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) return false;
    const rect = box.getBoundingClientRect();
    const style = getComputedStyle(box);
    const bottom = rect.bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth);
    for (const child of box.children) {
      if (getComputedStyle(child).position === "absolute") continue;
      if (child.getBoundingClientRect().bottom > bottom + 0.25) return false;
    }
    return true;
  }

  /** How far the content runs past the box's content area, in pt (0 when it fits). */
  function overBy(box) {
    const style = getComputedStyle(box);
    const bottom = box.getBoundingClientRect().bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth);
    let over = box.scrollHeight - box.clientHeight;
    for (const child of box.children) if (getComputedStyle(child).position !== "absolute") over = Math.max(over, child.getBoundingClientRect().bottom - bottom);
    return Math.max(0, Math.round(over * PT * 10) / 10);
  }

  /**
   * Flows the blocks of the first box across all boxes in order: a list that does not fit is split
   * between items, a heading never ends a box, a write-in space stays with its question. Returns the index of the box that
   * overflows, or -1; what did not fit stays in that box, so a preview loses no text and shows how much is over.
   */
  function flow(boxes) {
    const queue = [...boxes[0].children];
    for (const box of boxes) box.replaceChildren();
    const fail = (i, ...rest) => (boxes[i].append(...rest, ...queue), i);
    let i = 0;
    while (queue.length) {
      const block = queue.shift();
      boxes[i].append(block);
      if (fits(boxes[i])) continue;
      if (isList(block) && block.children.length > 1) {
        const rest = block.cloneNode(false);
        rest.removeAttribute("id");
        while (block.children.length > 1 && !fits(boxes[i])) rest.prepend(block.lastElementChild);
        if (fits(boxes[i])) {
          if (block.tagName === "OL") rest.setAttribute("start", String((block.start || 1) + block.children.length));
          if (i + 1 >= boxes.length) return fail(i, rest);
          queue.unshift(rest);
          i++;
          continue;
        }
        while (rest.firstElementChild) block.append(rest.firstElementChild);
      }
      // Carry what belongs with the block: headings above it, and the question a write-in space answers.
      const carry = [block];
      const keepsWith = (prev, next) => isHeading(prev) || prev.hasAttribute("data-keep-with-next") || (next.classList.contains("write-space") && !prev.classList.contains("write-space"));
      while (carry[0].previousElementSibling && keepsWith(carry[0].previousElementSibling, carry[0])) carry.unshift(carry[0].previousElementSibling);
      if (carry[0] === boxes[i].firstElementChild || i + 1 >= boxes.length) return fail(i);
      for (const el of carry) el.remove();
      queue.unshift(...carry);
      i++;
    }
    return -1;
  }

  const quarter = (v) => Math.round(parseFloat(v) * 4);

  /** Steps one unit's type from its base size (or `start`, in quarter points) down to its floor until every box holds its content. */
  function fitUnit(unit, start) {
    const base = quarter(unit.dataset.fitBase);
    const floor = quarter(unit.dataset.fitFloor);
    const step = Math.max(1, quarter(unit.dataset.fitStep || "0.25"));
    const boxes = unit.hasAttribute("data-fit-box") ? [unit] : [...unit.querySelectorAll("[data-fit-box]")];
    const paged = boxes.length > 1;
    if (paged && !pristine.has(unit)) pristine.set(unit, boxes[0].innerHTML);
    const label = unit.dataset.fitLabel || boxes[0]?.dataset.fitLabel || "";
    let overflow = [];
    let size = Math.min(base, start ?? base);
    for (; size >= floor; size -= step) {
      unit.style.setProperty("--fit-size", `${size / 4}pt`);
      if (paged) {
        boxes[0].innerHTML = pristine.get(unit);
        const at = flow(boxes);
        overflow = at === -1 ? [] : [boxes[at].dataset.fitLabel || String(at + 1)];
      } else {
        overflow = boxes.filter((b) => !fits(b)).map((b) => b.dataset.fitLabel || "");
      }
      if (!overflow.length) break;
    }
    size = Math.max(size, floor);
    const over = [];
    for (const box of boxes) {
      if (!overflow.includes(box.dataset.fitLabel || "")) {
        box.removeAttribute("data-fit-overflow");
        continue;
      }
      over.push(overBy(box));
      box.dataset.fitOverflow = String(over.at(-1));
    }
    return { label, size: size / 4, base: base / 4, floor: floor / 4, overflow, over };
  }

  /** Rows of two cells as stacked halves: a row per first cell, then a row per second cell, in order. */
  function stackRows(html) {
    const holder = document.createElement("div");
    holder.innerHTML = html;
    const rows = [...holder.children];
    const cells = rows.map((row) => [...row.children]);
    const half = (cell) =>
      rows.map((row, i) => {
        const copy = row.cloneNode(false);
        if (cells[i][cell]) copy.append(cells[i][cell]);
        return copy;
      });
    const [first, second] = [half(0), half(1)];
    holder.replaceChildren(...first, ...second);
    return holder.innerHTML;
  }

  /** Fits a unit; one that may stack and overflows side by side is fitted again as stacked halves. */
  function fitOrStack(unit) {
    const result = fitUnit(unit);
    if (!result.overflow.length || !unit.hasAttribute("data-fit-stack") || unit.hasAttribute("data-fit-stacked")) return { ...result, stacked: unit.hasAttribute("data-fit-stacked") };
    unit.setAttribute("data-fit-stacked", "");
    pristine.set(unit, stackRows(pristine.get(unit)));
    return { ...fitUnit(unit), stacked: true };
  }

  function measure() {
    const elements = [...document.querySelectorAll("[data-fit-base]")];
    const units = elements.map((unit) => fitOrStack(unit));
    const groups = new Map();
    elements.forEach((unit, i) => {
      const group = unit.dataset.fitGroup;
      if (group) groups.set(group, Math.min(groups.get(group) ?? Infinity, units[i].size));
    });
    elements.forEach((unit, i) => {
      const smallest = groups.get(unit.dataset.fitGroup);
      if (smallest !== undefined && units[i].size > smallest) units[i] = { ...fitUnit(unit, quarter(smallest)), stacked: units[i].stacked };
    });
    const pages = [...document.querySelectorAll("[data-print-page]")];
    const first = pages[0];
    const top = first ? first.getBoundingClientRect().top : 0;
    const folds = first ? [...first.querySelectorAll("[data-fold]")].map((el) => Math.round((el.getBoundingClientRect().top - top) * PT * 100) / 100) : [];
    document.documentElement.dataset.fit = units.some((u) => u.overflow.length) ? "overflow" : "ok";
    return { pages: pages.length, folds, units };
  }

  const done = new Promise((resolve) => {
    const start = () => document.fonts.ready.then(() => resolve(measure()));
    if (document.readyState === "complete") start();
    else window.addEventListener("load", start, { once: true });
  });
  window.printFit = { done, measure };
})();
