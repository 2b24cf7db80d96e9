// Paragraph links: every heading, paragraph and list item with an authored id in the article gets a
// "copy link" button that shows on hover and on keyboard focus. The link is the page's published URL
// plus the id, which stays put when the wording changes and is the same in every language.
(() => {
  const config = document.querySelector("[data-paragraph-links]");
  const article = document.querySelector("article.prose");
  if (!config || !article) return;
  const base = config.dataset.base || location.href.split("#")[0];
  const SVG = "http://www.w3.org/2000/svg";

  const icon = () => {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", "M10 13.5a4.5 4.5 0 0 0 6.4.4l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.2 1.2M14 10.5a4.5 4.5 0 0 0-6.4-.4l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2");
    svg.append(path);
    return svg;
  };

  const say = (message) => {
    config.textContent = "";
    window.setTimeout(() => (config.textContent = message), 50);
  };

  /** Where the browser will not copy: the link in a selected field beside the button, for Ctrl+C. */
  const offerToCopy = (button, url) => {
    button.parentElement.querySelector(".para-link-field")?.remove();
    const field = document.createElement("input");
    field.type = "text";
    field.readOnly = true;
    field.value = url;
    field.className = "para-link-field";
    field.setAttribute("aria-label", config.dataset.label);
    field.addEventListener("blur", () => field.remove());
    button.after(field);
    field.focus();
    field.select();
  };

  const isHeading = (element) => /^H\d$/.test(element.tagName);
  const blocks = article.querySelectorAll("h2[id], h3[id], h4[id], p[id], li[id], dt[id]");
  for (const block of blocks) {
    // A list item made of blocks (a heading, paragraphs) gets its button beside its first block.
    const first = block.tagName === "LI" ? block.firstElementChild : null;
    const host = first && !first.id && (isHeading(first) || first.tagName === "P") ? first : block;
    const heading = isHeading(host);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "para-link";
    button.dataset.paragraph = block.id;
    button.setAttribute("aria-label", heading ? config.dataset.labelSection : config.dataset.label);
    button.append(icon());
    if (heading) {
      // Beside the heading, not inside it, so the heading's name stays its text.
      const wrap = document.createElement("div");
      wrap.className = `para-link-heading para-link-heading--${host.tagName.toLowerCase()}`;
      host.before(wrap);
      wrap.append(host, button);
    } else {
      // After the block's own text, before any nested list.
      host.insertBefore(button, host.querySelector(":scope > ul, :scope > ol, :scope > dl"));
    }
  }

  article.addEventListener("click", async (event) => {
    const button = event.target instanceof Element ? event.target.closest(".para-link") : null;
    if (!button) return;
    const url = `${base}#${button.dataset.paragraph}`;
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      button.dataset.state = "copied";
      say(config.dataset.copied);
      window.setTimeout(() => delete button.dataset.state, 2500);
    } catch {
      offerToCopy(button, url);
      say(config.dataset.copyFailed);
    }
  });
})();
