// First-visit weight of every page a budget holds, in every language, on a phone: measured from Chromium's
// network log against dist/ (scripts/bench/first-visit.ts), each figure beside its budget.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../browser.ts";
import { loadLocales, publishedLocales } from "../eleventy/i18n/locales.ts";
import { serveStatic } from "../static-server.ts";
import { type FirstVisit, firstVisit, PHONE } from "./first-visit.ts";
import { type VisitTarget, visitTargets } from "./visit-targets.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

type Measured = VisitTarget & FirstVisit;

/** The heaviest page of each template in each language, its weight and blocking stylesheets, against the budget. */
function table(measured: Measured[], codes: string[]): string[] {
  const templates = [...new Set(measured.map((m) => m.template))];
  const rows = templates.map((template) => {
    const cells = codes.map((code) => {
      const pages = measured.filter((m) => m.template === template && m.code === code);
      const heaviest = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
      const mark = heaviest.gzip > heaviest.budgetKb * 1024 ? " ✗" : "";
      return `${(heaviest.gzip / 1024).toFixed(1)}${mark}`;
    });
    const sample = measured.filter((m) => m.template === template);
    const blocking = Math.max(...sample.map((m) => m.blockingStylesheets.length));
    return `| ${template} (${sample.length} in all) | ${sample[0]!.budgetKb} | ${cells.join(" | ")} | ${blocking} |`;
  });
  return [`| template (pages) | budget (KB) | ${codes.join(" | ")} | blocking stylesheets (most) |`, `|---|---:|${codes.map(() => "---:").join("|")}|---:|`, ...rows];
}

export async function run(): Promise<string> {
  const dist = path.join(root, "dist");
  if (!existsSync(dist)) throw new Error("Build the site first (npm run build)");
  const codes = publishedLocales(loadLocales(path.join(root, "content", "_data"))).map((l) => l.code);
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const measured: Measured[] = [];
  try {
    const page = await browser.newPage();
    await page.setViewport(PHONE);
    for (const code of codes) for (const target of visitTargets(dist, code)) measured.push({ ...target, ...(await firstVisit(page, server.url + target.path)) });
  } finally {
    await browser.close();
    await server.close();
  }
  const over = measured.filter((m) => m.gzip > m.budgetKb * 1024);
  const heaviest = codes.map((code) => {
    const pages = measured.filter((m) => m.code === code && m.template === "reference page");
    const top = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    return `${code} ${top.path} ${(top.gzip / 1024).toFixed(1)} KB`;
  });
  return [
    "## Page weight: first visit on a phone",
    "",
    `Every page a budget holds, in every language: ${measured.length} first visits, each with Chromium's HTTP cache off (nothing cached) on a ${PHONE.width}×${PHONE.height} phone screen, until the network is idle and the fonts are ready. KB are the gzip size of every response in Chromium's network log (text gzipped as a host sends it; images and fonts as they are), including the images the screen loads. Each cell is the heaviest page of that template in that language; ✗ marks one over budget.`,
    "",
    ...table(measured, codes),
    "",
    `Heaviest reference page per language: ${heaviest.join("; ")}.`,
    over.length ? `Over budget: ${over.map((m) => `${m.path} ${(m.gzip / 1024).toFixed(1)} KB`).join(", ")}.` : "Every page is within its budget.",
    "",
  ].join("\n");
}
