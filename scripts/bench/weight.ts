// Compressed weight of each page template as a first-time visitor loads it (HTML, CSS, JS, fonts),
// measured in Chromium against dist/ and gzipped per response (the static server does not compress).
import { existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../browser.ts";
import { loadLocales, publishedLocales } from "../eleventy/i18n/locales.ts";
import { serveStatic } from "../static-server.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TEMPLATES: [string, string][] = [
  ["article page", "/{code}/victim-contact/tips-for-advocates/"],
  ["home", "/{code}/"],
  ["glossary", "/{code}/reference/glossary/"],
  ["print preview (card)", "/{code}/print/victim-contact-calls-card/"],
  ["printables catalog", "/{code}/print/"],
];

export async function run(): Promise<string> {
  const dist = path.join(root, "dist");
  if (!existsSync(dist)) throw new Error("Build the site first (npm run build)");
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  // Every published language that was built (locales.json is the one list).
  const codes = publishedLocales(loadLocales(path.join(root, "content", "_data"))).map((l) => l.code).filter((c) => existsSync(path.join(dist, c)));
  const rows: string[] = [];
  for (const [name, pattern] of TEMPLATES) {
    for (const code of codes) {
      const page = await browser.newPage();
      let raw = 0;
      let gz = 0;
      const pending: Promise<void>[] = [];
      page.on("response", (response) => {
        pending.push(
          response.buffer().then(
            (body) => {
              raw += body.length;
              gz += gzipSync(body).length;
            },
            () => undefined,
          ),
        );
      });
      await page.goto(server.url + pattern.replace("{code}", code), { waitUntil: "networkidle0" });
      await page.evaluate(() => document.fonts.ready);
      await Promise.all(pending);
      rows.push(`| ${name} | ${code} | ${(raw / 1024).toFixed(1)} | ${(gz / 1024).toFixed(1)} |`);
      await page.close();
    }
  }
  await browser.close();
  await server.close();
  return ["## Page weight (first visit, before search)", "", "Goal ≤ 50 KB compressed for an article page.", "", "| template | lang | raw (KB) | gzip (KB) |", "|---|---|---:|---:|", ...rows, ""].join("\n");
}
