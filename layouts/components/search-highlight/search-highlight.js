// Arriving from a search result (?highlight=word&highlight=word), mark the words in the page's
// main text and bring the first one into view. Words are compared the way Pagefind matches them:
// from the start of a word, ignoring case and accents, and split with the browser's own word
// segmenter so Chinese (no spaces) and Korean (particles joined to nouns) work too.
(() => {
  const wanted = new URLSearchParams(location.search).getAll("highlight").filter(Boolean);
  const root = document.querySelector("[data-pagefind-body]");
  if (!wanted.length || !root || typeof Intl.Segmenter !== "function") return;

  const lang = document.documentElement.lang;
  const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
  // Đ/đ does not decompose into d plus a mark, so fold it by hand as Pagefind's index does for Vietnamese.
  const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLocaleLowerCase(lang);
  const words = (s) => [...segmenter.segment(s)].filter((w) => w.isWordLike);
  const terms = [...new Set(wanted.flatMap((w) => words(w).map((s) => fold(s.segment))))];
  if (!terms.length) return;

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest("mark, script, style, [hidden], [data-pagefind-ignore]") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const textNodes = [];
  while (walker.nextNode()) textNodes.push(walker.currentNode);

  let first;
  for (const node of textNodes) {
    const value = node.nodeValue;
    const hits = words(value).filter((w) => terms.some((t) => fold(w.segment).startsWith(t)));
    if (!hits.length) continue;
    const pieces = document.createDocumentFragment();
    let at = 0;
    for (const hit of hits) {
      pieces.append(value.slice(at, hit.index));
      const mark = document.createElement("mark");
      mark.className = "search-hit";
      mark.textContent = hit.segment;
      pieces.append(mark);
      first ??= mark;
      at = hit.index + hit.segment.length;
    }
    pieces.append(value.slice(at));
    node.replaceWith(pieces);
  }
  if (first && !location.hash) first.scrollIntoView({ block: "center" });
})();
