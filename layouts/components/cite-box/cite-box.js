// "Cite this page": shows the copy buttons (they need JavaScript) and copies a citation with its italics
// (text/html) and as plain text. Where the browser refuses, the citation is selected for Ctrl+C instead.
// Opens the box when a link leads to it (#cite-box).
(() => {
  const box = document.querySelector("[data-cite-box]");
  if (!box) return;
  const status = box.querySelector("[data-cite-status]");
  const say = (message) => {
    if (!status) return;
    status.textContent = "";
    // A fresh text node makes screen readers announce the same message twice in a row.
    window.setTimeout(() => (status.textContent = message), 50);
  };

  const selectText = (element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  };

  const copy = async (element) => {
    const text = element.textContent.trim();
    if (!navigator.clipboard) throw new Error("no clipboard");
    if (window.ClipboardItem && navigator.clipboard.write) {
      try {
        await navigator.clipboard.write([
          new ClipboardItem({
            "text/plain": new Blob([text], { type: "text/plain" }),
            "text/html": new Blob([element.innerHTML.trim()], { type: "text/html" }),
          }),
        ]);
        return;
      } catch {
        // Some browsers allow plain text only: try that next.
      }
    }
    await navigator.clipboard.writeText(text);
  };

  for (const button of box.querySelectorAll("[data-copy-target]")) {
    button.hidden = false;
    const label = button.textContent;
    button.addEventListener("click", async () => {
      const target = document.getElementById(button.dataset.copyTarget);
      if (!target) return;
      try {
        await copy(target);
        button.textContent = box.dataset.copied;
        button.dataset.state = "copied";
        say(box.dataset.copied);
        window.setTimeout(() => {
          button.textContent = label;
          delete button.dataset.state;
        }, 2500);
      } catch {
        selectText(target);
        say(box.dataset.copyFailed);
      }
    });
  }

  const openIfTargeted = () => {
    if (location.hash === "#cite-box") box.open = true;
  };
  openIfTargeted();
  window.addEventListener("hashchange", openIfTargeted);
  for (const link of document.querySelectorAll('a[href="#cite-box"]')) link.addEventListener("click", () => (box.open = true));
})();
