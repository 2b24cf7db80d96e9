// Screenshots of built pages at phone and desktop width, for looking at what we make:
//   npx tsx scripts/dev/screenshot.ts dist /en/ /ar/victim-contact/tips-for-advocates/ …  → screenshots/*.png
import { mkdirSync } from "node:fs";
import { launchBrowser } from "../browser.ts";
import { serveStatic } from "../static-server.ts";

const [root = "dist", ...paths] = process.argv.slice(2);
const server = await serveStatic(root);
const browser = await launchBrowser();
mkdirSync("screenshots", { recursive: true });
for (const urlPath of paths.length ? paths : ["/en/"]) {
  for (const width of [375, 1280]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: width === 375 ? 812 : 900 });
    await page.goto(server.url + urlPath, { waitUntil: "networkidle0" });
    await page.evaluate(() => document.fonts.ready);
    const name = `screenshots/${urlPath.replace(/[^a-z0-9]+/gi, "_")}${width}.png`;
    await page.screenshot({ path: name, fullPage: width === 1280 ? false : true });
    console.log(name);
    await page.close();
  }
}
await browser.close();
await server.close();
