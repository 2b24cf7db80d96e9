// "/" or Ctrl+K (⌘K) puts the cursor in the search box: the header's, or the search page's own.
// Not while typing somewhere else, so a "/" in a text field stays a "/".
(() => {
  const typingIn = (target) =>
    target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

  document.addEventListener("keydown", (event) => {
    const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k";
    if ((!slash && !commandK) || typingIn(event.target)) return;
    const input = document.querySelector("[data-search-input]");
    if (!input) return;
    event.preventDefault();
    if (!input.offsetParent) input.closest("[data-site-header]")?.dispatchEvent(new Event("site-menu:open")); // on a phone it is in the closed menu
    input.focus();
    input.select();
  });
})();
