// Quick exit, to the GOV.UK "Exit this page" standard: the button hides the page at once and
// replaces it in this tab with a neutral site. Shift pressed three times on its own, each press
// within five seconds of the last, does the same; any other key (a capital letter, Shift+Tab,
// Shift+arrow) starts the count again, so typing never leaves. Progress is shown on the button
// and announced, in the page's language (the data-text-* attributes come from the dictionary).
(() => {
  const PRESSES = 3;
  const GAP_MS = 5000;
  const bar = document.querySelector("[data-quick-exit-bar]");
  const button = bar?.querySelector("[data-quick-exit]");
  if (!button) return;
  const status = bar.querySelector("[data-quick-exit-status]");
  const number = new Intl.NumberFormat(document.documentElement.lang);
  const text = (name, vars = {}) => bar.dataset[name].replace(/\{(\w+)\}/g, (match, key) => (key in vars ? number.format(vars[key]) : match));

  let count = 0;
  let timer;
  /** True from a Shift keydown until its keyup, unless another key is pressed in between. */
  let shiftAlone = false;

  const show = () => {
    bar.dataset.shiftCount = String(count);
  };

  const reset = ({ announce }) => {
    clearTimeout(timer);
    if (count && announce) status.textContent = text("textReset");
    count = 0;
    show();
  };

  const exit = (event) => {
    event?.preventDefault();
    document.documentElement.classList.add("is-exiting");
    status.textContent = text("textLeaving");
    document.title = button.dataset.exitTitle || "…"; // nothing about this site in the tab, yet a title
    window.location.replace(button.href);
  };

  button.addEventListener("click", exit);

  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "Shift") {
        if (!event.repeat) shiftAlone = !(event.ctrlKey || event.altKey || event.metaKey);
        return;
      }
      shiftAlone = false;
      if (count) reset({ announce: false });
    },
    true,
  );

  document.addEventListener(
    "keyup",
    (event) => {
      if (event.key !== "Shift") return;
      const counted = shiftAlone && !event.isComposing;
      shiftAlone = false;
      if (!counted) return;
      count += 1;
      show();
      clearTimeout(timer);
      if (count >= PRESSES) return exit();
      status.textContent = text("textProgress", { count, total: PRESSES });
      timer = setTimeout(() => reset({ announce: true }), GAP_MS);
    },
    true,
  );

  // A page restored from the back-forward cache must not stay hidden or half counted.
  window.addEventListener("pageshow", () => {
    document.documentElement.classList.remove("is-exiting");
    status.textContent = "";
    reset({ announce: false });
  });
})();
