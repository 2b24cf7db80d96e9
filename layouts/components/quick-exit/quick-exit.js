// Quick exit: hide the page at once, then replace it in history with a neutral site,
// so Back does not return here. Shift pressed three times within five seconds does the same.
(() => {
  const SHIFT_PRESSES = 3;
  const WINDOW_MS = 5000;
  const button = document.querySelector("[data-quick-exit]");
  if (!button) return;

  const exit = (event) => {
    if (event) event.preventDefault();
    document.documentElement.classList.add("is-exiting");
    document.title = button.dataset.exitTitle || "…"; // nothing about this site in the tab, yet a title
    window.location.replace(button.href);
  };

  button.addEventListener("click", exit);

  let presses = [];
  document.addEventListener("keyup", (event) => {
    if (event.key !== "Shift") return;
    const now = Date.now();
    presses = presses.filter((t) => now - t < WINDOW_MS).concat(now);
    if (presses.length >= SHIFT_PRESSES) exit();
  });
})();
