// The offline pack as a test sees it: what a page's origin holds (service workers and Cache Storage), and the
// control's Save and Remove pressed as a reader would, waiting for the state the control settles in.
import type { Page } from "puppeteer";

/** What the origin of the page holds: its service workers' scopes, and each cache's entry URLs (Workbox's revision dropped). */
export interface StoredPack {
  workers: string[];
  caches: Record<string, string[]>;
}

/** Service workers and caches of the page's origin, read in the page. */
export function storedPack(page: Page): Promise<StoredPack> {
  return page.evaluate(async () => {
    const workers = (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname).sort();
    const stored: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      stored[name] = keys.map((request) => new URL(request.url).pathname).sort();
    }
    return { workers, caches: stored };
  });
}

/** The sum of the bodies in the page's origin's caches, counted by the test itself. */
export function cachedBytes(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let total = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) total += (await (await cache.match(request))!.blob()).size;
    }
    return total;
  });
}

const state = (page: Page) => page.$eval("[data-offline-pack]", (box) => (box as HTMLElement).dataset.offlineState);

/** Waits until the control has settled in one of `states` (after load it reads what is stored first). */
export async function offlineState(page: Page, states: string[], timeout = 60_000): Promise<string> {
  try {
    await page.waitForFunction((wanted) => wanted.includes(document.querySelector<HTMLElement>("[data-offline-pack]")?.dataset.offlineState ?? ""), { timeout, polling: 50 }, states);
  } catch (error) {
    // Where the control was left, so a failure says more than "timeout".
    const seen = await page.evaluate(() => ({ url: location.href, visibility: document.visibilityState, state: document.querySelector<HTMLElement>("[data-offline-pack]")?.dataset.offlineState, status: document.querySelector("[data-offline-status]")?.textContent })).catch(() => "unreadable");
    throw new Error(`waiting for the offline control to be ${states.join(" or ")}: ${JSON.stringify(seen)}`, { cause: error });
  }
  return (await state(page))!;
}

/** Presses Save on the page's control and waits for it to finish: "ready" or "error". */
export async function pressSave(page: Page): Promise<string> {
  await offlineState(page, ["idle", "removed"]);
  await page.click("[data-offline-save]");
  return offlineState(page, ["ready", "error"]);
}

/** Presses Remove on the page's control (shown once something is stored) and waits for "removed"; a removal that failed fails at once. */
export async function pressRemove(page: Page): Promise<void> {
  await page.waitForSelector("[data-offline-remove]:not([hidden])");
  await page.click("[data-offline-remove]");
  const settled = await offlineState(page, ["removed", "error"]);
  if (settled !== "removed") throw new Error(`Remove ended in "${settled}": ${await page.$eval("[data-offline-status]", (s) => s.textContent)}`);
}
