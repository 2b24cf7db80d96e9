// Vitest global setup: one headless Chromium for the whole run, started once and kept warm. Each
// test file connects to it and works in a browser context of its own (openSite in site-browser.ts),
// so files share the browser's start-up cost but never each other's cookies, storage or tabs.
import type { Browser } from "puppeteer";
import type { TestProject } from "vitest/node";
import { launchBrowser } from "../../scripts/browser.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The DevTools address of the run's shared Chromium. */
    browserWSEndpoint: string;
  }
}

let browser: Browser | undefined;

export async function setup(project: TestProject): Promise<void> {
  browser = await launchBrowser();
  project.provide("browserWSEndpoint", browser.wsEndpoint());
}

export async function teardown(): Promise<void> {
  await browser?.close();
}
