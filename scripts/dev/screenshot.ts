// Screenshots of built pages at phone and desktop width, for looking at what we make:
//   [WIDTHS=320,375,1280] npx tsx scripts/dev/screenshot.ts dist /en/ /ar/victim-contact/tips-for-advocates/ …  → screenshots/*.png
// A phone page comes out as screen-sized slices (…_375_1.png, _2, …) so each stays legible.
import { mkdirSync } from "node:fs";
import { launchBrowser } from "../browser.ts";
import { serveStatic } from "../static-server.ts";

const MAX_SLICES = Number(process.env.SLICES ?? 4);
const [root = "dist", ...paths] = process.argv.slice(2);
const server = await serveStatic(root);
const browser = await launchBrowser();
mkdirSync("screenshots", { recursive: true });
for (const urlPath of paths.length ? paths : ["/en/"]) {
  for (const width of (process.env.WIDTHS ?? "375,1280").split(",").map(Number)) {
    const phone = width < 768;
    const height = phone ? 667 : 900;
    const page = await browser.newPage();
    // A phone is a touch screen: the keyboard hints it should not show stay hidden, as on a real one.
    await page.setViewport({ width, height, isMobile: phone, hasTouch: phone });
    await page.goto(server.url + urlPath, { waitUntil: "networkidle0" });
    await page.evaluate(() => document.fonts.ready);
    const name = `screenshots/${urlPath.replace(/[^a-z0-9]+/gi, "_")}${width}`;
    const total = phone ? await page.evaluate(() => document.documentElement.scrollHeight) : height;
    const slices = Math.min(MAX_SLICES, Math.ceil(total / height));
    for (let i = 0; i < slices; i++) {
      const file = `${name}${slices > 1 ? `_${i + 1}` : ""}.png`;
      await page.evaluate((y) => window.scrollTo(0, y), i * height);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
await server.close();
