// The search page: runs its GET form against this language's Pagefind index (Pagefind picks the
// index from <html lang>). Everything is rendered with DOM APIs: text goes in as textContent, and
// the <mark> around matched words in Pagefind's excerpt is the only markup taken from the index.
// Every string shown comes from the page's data-text-* attributes (the project's dictionaries).
const PAGE_SIZE = 5; // each result shown fetches its page's fragment (~1.5 KB); five fill a phone screen
const DEBOUNCE_MS = 200;

const ui = document.querySelector("[data-search-ui]");
const form = ui.querySelector("form");
const input = ui.querySelector("[data-search-input]");
const filters = [...ui.querySelectorAll("[data-search-filter]")];
const status = ui.querySelector("[data-search-status]");
const help = ui.querySelector("[data-search-help]");
const clearFilters = ui.querySelector("[data-search-clear-filters]");
const list = ui.querySelector("[data-search-results]");
const more = ui.querySelector("[data-search-more]");
/** This language's word-form rules (locales.json "searchExtraForms"), e.g. Korean particles; loaded only where used. */
const rules = ui.dataset.searchRules.split(" ").filter(Boolean);
const { searchableQuery } = rules.length ? await import("./search-terms.js") : { searchableQuery: (query) => query };

/** A UI string from data-text-<name>, with {placeholders} filled. */
const text = (name, vars = {}) => ui.dataset[name].replace(/\{(\w+)\}/g, (match, key) => (key in vars ? String(vars[key]) : match));

const element = (tag, className, content) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
};

const link = (href, content, className) => {
  const a = element("a", className, content);
  a.href = href;
  return a;
};

const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };
const decode = (s) => s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]);

/** Pagefind's excerpt as nodes: its <mark> pairs become <mark> elements, everything else is text. */
function excerptNodes(excerpt) {
  let marked = false;
  const nodes = [];
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === "<mark>" || part === "</mark>") marked = part === "<mark>";
    else if (part) nodes.push(marked ? element("mark", "", decode(part)) : document.createTextNode(decode(part)));
  }
  return nodes;
}

/** The page's URL with the query's words as ?highlight=, which search-highlight.js marks on arrival. */
function withHighlight(url, query) {
  const target = new URL(url, location.origin);
  for (const word of query.split(/\s+/).filter(Boolean)) target.searchParams.append("highlight", word);
  return target.pathname + target.search + target.hash;
}

function resultItem(data, query) {
  const item = element("li", "search-result");
  const heading = element("h2", "search-result__title");
  // A printable's record links its print preview (with the downloads and the quick exit), never a PDF.
  heading.append(link(data.meta.preview ?? withHighlight(data.url, query), data.meta.title ?? data.url));
  const facts = [data.meta.section, data.meta.kind];
  const excerpt = element("p", "search-result__excerpt");
  excerpt.append(...excerptNodes(data.excerpt ?? ""));
  item.append(heading, element("p", "search-result__meta", facts.filter(Boolean).join(" · ")), excerpt);
  return item;
}

/** A printable outranks a web page only when it matches at least this many times better (pages explain; printables summarise). */
const PRINTABLE_RANK_FACTOR = 0.5;

/**
 * Pagefind's results with printables ranked down: a second search limited to web pages
 * (type "page") says which results are pages, without loading any result's data.
 */
async function rankedResults(pagefind, query, chosen) {
  const all = await pagefind.search(query, { filters: chosen });
  if (!all || chosen.type) return all?.results;
  const pages = await pagefind.search(query, { filters: { ...chosen, type: "page" } });
  const isPage = new Set(pages.results.map((r) => r.id));
  const score = (r) => r.score * (isPage.has(r.id) ? 1 : PRINTABLE_RANK_FACTOR);
  return [...all.results].sort((a, b) => score(b) - score(a));
}

/** This language's small function words (content/_data/searchStopWords/<code>.json), left out of a query. */
const stopWords = new Set(ui.dataset.searchStopWords.split(" ").filter(Boolean));
/** Words as this language writes them (Chinese has no spaces between words): the browser's own word breaker. */
const wordBreaker = new Intl.Segmenter(document.documentElement.lang, { granularity: "word" });

/** The query's words without its stop words and punctuation, unless that would leave nothing. */
function withoutStopWords(query) {
  const words = [...wordBreaker.segment(query)].filter((s) => s.isWordLike).map((s) => s.segment);
  const kept = words.filter((w) => !stopWords.has(w.toLocaleLowerCase()));
  return (kept.length ? kept : words).join(" ") || query;
}

let pagefindLoad;
let generation = 0;
let results = [];
let shown = 0;
/** The words sent to Pagefind (after the language rules), which results pass on as ?highlight=. */
let searchedQuery = "";

const chosenFilters = () => Object.fromEntries(filters.filter((s) => s.value).map((s) => [s.name, s.value]));

/** Keeps the address shareable and Back-friendly: ?q=…&section=… without adding history entries. */
function syncAddress(query, chosen) {
  const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...chosen });
  const search = params.toString();
  history.replaceState(null, "", location.pathname + (search ? `?${search}` : ""));
}

async function showMore() {
  const mine = generation;
  const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
  if (mine !== generation) return;
  const items = batch.map((data) => resultItem(data, searchedQuery));
  list.append(...items);
  shown += batch.length;
  more.hidden = shown >= results.length;
  return items;
}

async function run() {
  const query = input.value.trim();
  const chosen = chosenFilters();
  syncAddress(query, chosen);
  const mine = ++generation;
  list.replaceChildren();
  list.dataset.total = "0";
  more.hidden = true;
  help.hidden = true;
  ui.removeAttribute("data-search-done");
  if (!query) {
    status.textContent = text("textPrompt");
    return;
  }
  status.textContent = text("textLoading");
  const pagefind = await loadPagefind();
  if (mine !== generation || !pagefind) return;
  const searched = searchableQuery(withoutStopWords(query), rules);
  const ranked = await rankedResults(pagefind, searched, chosen);
  if (mine !== generation || !ranked) return;
  results = ranked;
  shown = 0;
  searchedQuery = searched;
  if (results.length === 0) {
    status.textContent = text("textNoResults", { query });
    help.hidden = false;
    clearFilters.hidden = Object.keys(chosen).length === 0;
  } else {
    status.textContent = text("textResults", { query, count: results.length });
    list.dataset.total = String(results.length);
    await showMore();
  }
  if (mine === generation) ui.setAttribute("data-search-done", "");
}

/**
 * Pagefind (its script, WebAssembly and this language's index) is fetched at the first sign of a search, not with
 * the page: a first visit stays light, and a query in the address (the header box, a shared link) fetches it at once.
 */
function loadPagefind() {
  pagefindLoad ??= (async () => {
    try {
      const pagefind = await import("/pagefind/pagefind.js");
      // The main thread is quick enough for an index this size, and a worker would cost another ~12 kB.
      await pagefind.options({ excerptLength: 24, noWorker: true });
      pagefind.init();
      return pagefind;
    } catch {
      status.textContent = text("textError");
      ui.setAttribute("data-search-done", "");
      return null;
    }
  })();
  return pagefindLoad;
}

let timer;
const runSoon = () => {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
};

form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  run();
  // On a phone, Enter/Search should put the results in view, not keep the keyboard up.
  if (matchMedia("(pointer: coarse)").matches) input.blur();
});
input.addEventListener("input", runSoon);
for (const select of filters) select.addEventListener("change", run);
clearFilters.addEventListener("click", () => {
  for (const select of filters) select.value = "";
  run();
});
more.addEventListener("click", async () => {
  const added = await showMore();
  added?.[0]?.querySelector("a")?.focus();
});

// Start from the address (?q=… from the header box or a shared link).
const params = new URLSearchParams(location.search);
input.value = params.get("q") ?? "";
for (const select of filters) {
  const value = params.get(select.name);
  if (value && [...select.options].some((o) => o.value === value)) select.value = value;
}
if (Object.keys(chosenFilters()).length) ui.querySelector("[data-search-filters]").open = true;

if (!input.value) input.focus();
// The first keystroke or tap in the form starts fetching the index while the reader is still typing.
for (const type of ["keydown", "pointerdown"]) form.addEventListener(type, loadPagefind, { once: true });
run();
