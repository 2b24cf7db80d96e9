import { readFileSync } from "node:fs";
import path from "node:path";
import { MANIFEST_PATH, manifestSchema } from "../print/manifest.ts";
import { buildFolder } from "../stage.ts";

/** First-visit budgets (gzip KB on a phone): a page read beside a survivor on one bar of signal, and a print page before its agency form is touched. */
export const BUDGET_KB = { page: 30, print: 60 } as const;

export interface VisitTarget {
  template: string;
  code: string;
  path: string;
  budgetKb: number;
}

/**
 * Every page a first-visit budget holds, in one language: home, glossary, search (before a query), A-Z and
 * each reference page; the print catalogue and each print preview (cards, handouts, packets). Reference
 * pages and print pages come from the build's print manifest, so none is missed or named by hand.
 *
 * @example
 * visitTargets("dist", "ar").find((t) => t.template === "home") // → { template: "home", code: "ar", path: "/ar/", budgetKb: 30 }
 */
export function visitTargets(dist: string, code: string): VisitTarget[] {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(buildFolder(dist), MANIFEST_PATH), "utf8")));
  const urls = manifest.jobs.map((job) => job.url).filter((url) => url.startsWith(`/${code}/`));
  const page = (template: string, url: string) => ({ template, code, path: url, budgetKb: BUDGET_KB.page });
  const print = (template: string, url: string) => ({ template, code, path: url, budgetKb: BUDGET_KB.print });
  return [
    page("home", `/${code}/`),
    page("search (before a query)", `/${code}/search/`),
    page("A-Z", `/${code}/a-z/`),
    ...urls.filter((url) => !url.startsWith(`/${code}/print/`)).map((url) => page(url.endsWith("/reference/glossary/") ? "glossary" : "reference page", url)),
    print("print catalogue", `/${code}/print/`),
    ...urls.filter((url) => url.startsWith(`/${code}/print/`)).map((url) => print("print preview", url)),
  ];
}
