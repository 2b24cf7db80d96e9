// The phone menu: collapsed behind one button by the stylesheet, opened and closed here (without JavaScript,
// assets/css/nojs.css keeps it open).
// The button's aria-expanded says the state; Escape closes it and gives focus back to the button.
(() => {
  const header = document.querySelector("[data-site-header]");
  const button = header?.querySelector("[data-site-menu-button]");
  if (!button) return;
  const setOpen = (open) => {
    header.classList.toggle("is-open", open);
    button.setAttribute("aria-expanded", String(open));
  };
  setOpen(false);
  button.addEventListener("click", () => setOpen(!header.classList.contains("is-open")));
  header.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && header.classList.contains("is-open") && getComputedStyle(button).display !== "none") {
      setOpen(false);
      button.focus();
    }
  });
  // Search shortcuts (search-box.js) and links to #search-box-q open the menu first, so the box can take focus.
  header.addEventListener("site-menu:open", () => setOpen(true));
})();
