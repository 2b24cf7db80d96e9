import puppeteer, { type Browser } from "puppeteer";

/** Flags for headless Chromium on a closed network, as root: nothing phones home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--font-render-hinting=none",
];

/** One headless Chromium, the system one when .puppeteerrc.cjs found it. */
export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ headless: true, args: CHROMIUM_ARGS });
}
