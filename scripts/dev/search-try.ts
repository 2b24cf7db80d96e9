// Tries search queries on the built site in Chromium and prints the first results, for writing
// tests/e2e/search-queries/<code>.json:  npx tsx scripts/dev/search-try.ts ko "안전" "연락"
import { launchBrowser } from "../browser.ts";
import { serveStatic } from "../static-server.ts";

const [code = "en", ...queries] = process.argv.slice(2);
const server = await serveStatic("dist");
const browser = await launchBrowser();
const page = await browser.newPage();
for (const q of queries) {
  await page.goto(`${server.url}/${code}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector("[data-search-ui][data-search-done]", { timeout: 20_000 });
  const shown = await page.evaluate(() => ({
    total: document.querySelector<HTMLElement>("[data-search-results]")!.dataset.total,
    top: [...document.querySelectorAll(".search-result")].slice(0, 5).map((li) => {
      const preview = li.querySelector<HTMLAnchorElement>(".search-result__links a")?.getAttribute("href");
      return preview ?? li.querySelector<HTMLAnchorElement>(".search-result__title a")!.getAttribute("href")!.split("?")[0];
    }),
  }));
  console.log(`${q} (${shown.total}): ${shown.top.join("  ")}`);
}
await browser.close();
await server.close();
