// "Keep this guide on this device" (offline-pack.njk). Nothing is stored until the reader presses Save: on load
// this only reads whether a pack is already there. Save registers this language's worker, which precaches the
// pack (its files listed in /<code>/offline-pack.json, for the progress); Remove unregisters every worker of the
// site and deletes every cache they made. Every string shown comes from the box's data-text-* attributes.
const CACHE_PREFIX = "afg-offline-"; // layouts/components/offline-pack/offline-worker.js names its caches so
const POLL_MS = 250;
const INSTALL_WAIT_MS = 10_000;

const box = document.querySelector("[data-offline-pack]");
if (box) start(box);

function start(box) {
  const save = box.querySelector("[data-offline-save]");
  const remove = box.querySelector("[data-offline-remove]");
  const removeHint = box.querySelector("[data-offline-remove-hint]");
  const progress = box.querySelector("[data-offline-progress]");
  const status = box.querySelector("[data-offline-status]");
  const lang = document.documentElement.lang;
  const number = new Intl.NumberFormat(lang);
  const megabytes = new Intl.NumberFormat(lang, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
  const text = (name, vars = {}) => box.dataset[name].replace(/\{(\w+)\}/g, (match, key) => (key in vars ? vars[key] : match));
  const scope = new URL(box.dataset.scope, location.href).href;
  const cacheName = `${CACHE_PREFIX}precache-v2-${scope}`;

  /** Shows a state: the attribute tests and styles read, which buttons apply, and what the live region says. */
  const show = (state, said, { packs = state === "ready" } = {}) => {
    box.dataset.offlineState = state;
    save.hidden = state === "ready" || state === "removing";
    save.disabled = state === "saving" || state === "unsupported";
    remove.hidden = removeHint.hidden = !packs;
    remove.disabled = state === "saving" || state === "removing";
    progress.hidden = state !== "saving";
    if (said !== undefined) status.textContent = said;
  };

  box.hidden = false;
  // Both exist only in a secure context (https, or http on this machine), and not in every private window.
  if (!window.isSecureContext || !navigator.serviceWorker || !window.caches) {
    show("unsupported", text("textUnsupported"));
    return;
  }

  /** The bytes this language's pack holds: the sum of its cached bodies. */
  async function storedBytes() {
    if (!(await caches.has(cacheName))) return 0;
    const cache = await caches.open(cacheName);
    let total = 0;
    for (const request of await cache.keys()) total += (await (await cache.match(request)).blob()).size;
    return total;
  }

  const readyText = async () => text("textReady", { size: megabytes.format((await storedBytes()) / 1e6) });

  /** What is there already (read only: nothing is written while the reader has not asked). */
  async function showCurrent() {
    const registrations = await navigator.serviceWorker.getRegistrations();
    const mine = registrations.find((r) => r.scope === scope && r.active);
    if (mine) show("ready", await readyText());
    else show("idle", undefined, { packs: registrations.length > 0 });
  }

  /** Resolves once the worker has stored the whole pack (activated, or installed beside an older pack); throws if it failed. */
  async function stored(registration) {
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (!worker) throw new Error("no worker");
    while (!(worker.state === "activated" || (worker.state === "installed" && registration.active))) {
      if (worker.state === "redundant") throw new Error("the worker could not store the pack");
      await new Promise((resolve) => worker.addEventListener("statechange", resolve, { once: true }));
    }
  }

  /** The quarter of the pack last announced: the live region speaks at each quarter, not at every file (a screen reader would queue them all). */
  let announcedQuarter = -1;
  /** Shows how many of the pack's files are stored so far (the bar at every poll), announcing each quarter. */
  async function countStored(total) {
    const done = (await caches.has(cacheName)) ? Math.min(total, (await (await caches.open(cacheName)).keys()).length) : 0;
    progress.value = done / total;
    const quarter = Math.floor((4 * done) / total);
    if (quarter !== announcedQuarter) {
      announcedQuarter = quarter;
      status.textContent = text("textSaving", { done: number.format(done), total: number.format(total) });
    }
  }

  /**
   * Deletes every cache the site's workers made (every one, or the one of `onlyScope`) and unregisters the
   * workers, waiting first for an install still storing; then deletes again what that install wrote.
   */
  async function removePacks({ onlyScope } = {}) {
    const deleteCaches = async () => {
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && (!onlyScope || name.endsWith(onlyScope))) await caches.delete(name);
    };
    // The pages go at once: unregistering waits behind any update check the browser has running, which on a
    // poor connection can take minutes.
    await deleteCaches();
    const registrations = (await navigator.serviceWorker.getRegistrations()).filter((r) => !onlyScope || r.scope === onlyScope);
    const settling = registrations.map((r) => r.installing).filter(Boolean);
    const settled = (worker) => new Promise((resolve) => {
      const check = () => (worker.state === "installed" || worker.state === "redundant" ? resolve() : worker.addEventListener("statechange", check, { once: true }));
      check();
    });
    await Promise.race([Promise.all(settling.map(settled)), new Promise((resolve) => setTimeout(resolve, INSTALL_WAIT_MS))]);
    await Promise.all(registrations.map((r) => r.unregister()));
    await deleteCaches(); // anything an install wrote meanwhile
  }

  save.addEventListener("click", async () => {
    show("saving", "");
    announcedQuarter = -1;
    let timer;
    // Counts run one after another, and the last is awaited before anything is deleted (a late count would open the cache again).
    let counting = Promise.resolve();
    try {
      const response = await fetch(box.dataset.summary, { cache: "no-store" });
      if (!response.ok) throw new Error(`${box.dataset.summary}: ${response.status}`);
      const { files } = await response.json();
      await countStored(files);
      const registration = await navigator.serviceWorker.register(box.dataset.worker, { scope: box.dataset.scope, updateViaCache: "none" });
      timer = setInterval(() => (counting = counting.then(() => countStored(files)).catch(() => {})), POLL_MS);
      await stored(registration);
      clearInterval(timer);
      await counting;
      await countStored(files);
      show("ready", await readyText());
    } catch {
      clearInterval(timer);
      await counting;
      // A pack half stored is still something on the device: take it away again (other languages' packs stay).
      await removePacks({ onlyScope: scope }).catch(() => {});
      show("error", text("textError"));
    }
  });

  remove.addEventListener("click", async () => {
    show("removing", text("textRemoving"), { packs: true });
    try {
      await removePacks();
      show("removed", text("textRemoved"));
      save.focus();
    } catch {
      // Something may still be stored: the reader is told so, and Remove stays there to press again.
      show("error", text("textRemoveError"), { packs: true });
      remove.focus();
    }
  });

  showCurrent();
}
