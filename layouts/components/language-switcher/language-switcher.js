// The language list closes when the reader clicks elsewhere or presses Escape, as a menu does.
(() => {
  for (const details of document.querySelectorAll("[data-lang-switcher]")) {
    document.addEventListener("click", (event) => {
      if (details.open && !details.contains(event.target)) details.open = false;
    });
    details.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !details.open) return;
      details.open = false;
      details.querySelector("summary").focus();
    });
  }
})();
