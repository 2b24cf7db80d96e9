// axe-core in a test page, loaded as a same-origin script (the test server serves it beside the site:
// openSite), so Chromium compiles it once and reuses the code cache: about half the cost of
// evaluating it afresh in every page, for the same rules and results.
import { createRequire } from "node:module";
import type { Page } from "puppeteer";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** Where a test server serves axe-core from outside the site (serveStatic's extraFiles). */
export const AXE_FILE = { "/__test-axe.min.js": createRequire(import.meta.url).resolve("axe-core/axe.min.js") };
const AXE_PATH = Object.keys(AXE_FILE)[0]!;

/**
 * The page's WCAG 2.2 AA violations, one line each: rule, help and up to three elements.
 * The page must come from a server that serves AXE_FILE (openSite's does).
 *
 * @example
 * await axeViolations(page) // → [] or ["target-size: All touch targets must be 24px large … (a[href=…])"]
 */
export async function axeViolations(page: Page, tags = WCAG_TAGS): Promise<string[]> {
  await page.addScriptTag({ url: new URL(AXE_PATH, page.url()).href });
  return page.evaluate(async (values) => {
    const run = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
    // preload: false — axe would fetch every stylesheet again for one rule, css-orientation-lock (40% of
    // its time); every-page.test.ts checks the stylesheets for orientation locks itself.
    const { violations } = await run({ runOnly: { type: "tag", values }, resultTypes: ["violations"], preload: false });
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
  }, tags);
}
