import { readdirSync } from "node:fs";
import type { Browser, Page } from "puppeteer";
import { launchBrowser } from "../../scripts/browser.ts";
import { serveStatic, type StaticServer } from "../../scripts/static-server.ts";
import { answerAxe } from "./axe.ts";
import { DIST } from "./paths.ts";

/** The built site served on 127.0.0.1 and one headless Chromium, for a test file. */
export async function openSite(root = DIST): Promise<{ server: StaticServer; browser: Browser; close: () => Promise<void> }> {
  const server = await serveStatic(root);
  const browser = await launchBrowser();
  return { server, browser, close: async () => (await browser.close(), await server.close()) };
}

/** Every built HTML page's URL path, e.g. "/en/victim-contact/tips-for-advocates/". */
export function builtPages(root = DIST): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"))
    .map((f) => "/" + f.replace(/\\/g, "/").replace(/index\.html$/, ""))
    .sort();
}

/** Records requests that leave 127.0.0.1 (and blocks them), CSP violations and console errors. */
export async function watchPage(page: Page, origin: string) {
  const offOrigin: string[] = [];
  const cspViolations: string[] = [];
  const consoleErrors: string[] = [];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (answerAxe(request)) return;
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) void request.continue();
    else {
      offOrigin.push(url);
      void request.abort();
    }
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { offOrigin, cspViolations, consoleErrors };
}
