// What a first visit to a page costs a phone, from Chromium's network log: every response from the
// navigation until the page is idle (HTML, CSS, scripts, fonts, and the images the screen loads), text
// gzipped as a host sends it (the local static server sends it raw), and which stylesheets block rendering.
import type { CDPSession, Page } from "puppeteer";
import { TEXT_TYPES } from "../server/rules.ts";
import { gzipSync } from "node:zlib";

/** A mid-range phone's screen: what a reader beside a survivor holds. */
export const PHONE = { width: 375, height: 667, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

export interface FirstVisit {
  url: string;
  requests: number;
  /** Bytes as served, and as a host gzips its text (images, fonts and PDFs are sent as they are). */
  raw: number;
  gzip: number;
  /** Stylesheets the first paint waits for. */
  blockingStylesheets: string[];
  /** Font files fetched (a web page leaves type to the device's own fonts). */
  fonts: string[];
}

interface Logged {
  url: string;
  type: string;
  blocking: boolean;
  mimeType?: string;
  finished?: boolean;
}

/**
 * Loads url in a tab set up as a phone (PHONE) with the HTTP cache off, so each visit is a first one, and
 * adds up its network log once the page has loaded, its fonts are ready and no request is in flight.
 *
 * @example
 * const page = await browser.newPage(); await page.setViewport(PHONE);
 * (await firstVisit(page, "http://127.0.0.1:8080/en/")).gzip // → 15_912
 */
export async function firstVisit(page: Page, url: string): Promise<FirstVisit> {
  const cdp = await page.createCDPSession();
  try {
    const log = new Map<string, Logged>();
    const inFlight = new Set<string>();
    cdp.on("Network.requestWillBeSent", (e) => {
      const blocking = e.renderBlockingBehavior === "Blocking" || e.renderBlockingBehavior === "InBodyParserBlocking";
      log.set(e.requestId, { url: e.request.url, type: e.type ?? "Other", blocking });
      inFlight.add(e.requestId);
    });
    cdp.on("Network.responseReceived", (e) => void (log.get(e.requestId) && (log.get(e.requestId)!.mimeType = e.response.mimeType)));
    cdp.on("Network.loadingFinished", (e) => {
      inFlight.delete(e.requestId);
      if (log.get(e.requestId)) log.get(e.requestId)!.finished = true;
    });
    cdp.on("Network.loadingFailed", (e) => void inFlight.delete(e.requestId));
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await page.goto(url, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Images the screen loads lazily start after load: wait until nothing is in flight for a moment.
    for (let quiet = 0; quiet < 2; quiet = inFlight.size ? 0 : quiet + 1) await new Promise((resolve) => setTimeout(resolve, 40));
    return await tally(cdp, url, log);
  } finally {
    await cdp.detach();
  }
}

/** Bytes, gzip and blocking stylesheets of every finished response in the log. */
async function tally(cdp: CDPSession, url: string, log: Map<string, Logged>): Promise<FirstVisit> {
  let raw = 0;
  let gzip = 0;
  const done = [...log].filter(([, entry]) => entry.finished && !entry.url.startsWith("data:"));
  for (const [requestId, entry] of done) {
    const { body, base64Encoded } = await cdp.send("Network.getResponseBody", { requestId });
    const bytes = Buffer.from(body, base64Encoded ? "base64" : "utf8");
    raw += bytes.length;
    gzip += TEXT_TYPES.includes(entry.mimeType ?? "") ? gzipSync(bytes).length : bytes.length;
  }
  const pathsOf = (test: (e: Logged) => boolean) => done.filter(([, e]) => test(e)).map(([, e]) => new URL(e.url).pathname);
  return { url, requests: done.length, raw, gzip, blockingStylesheets: pathsOf((e) => e.type === "Stylesheet" && e.blocking), fonts: pathsOf((e) => e.type === "Font") };
}
