// Languages are data: layouts, styles and page scripts name no language. content/_data/locales.json
// is the one place a language is named (its direction, fonts, line breaking), so adding a language
// touches only content and data (tests/build/throwaway-locale.test.ts builds one).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { CONTENT, ROOT } from "../helpers/paths.ts";

const locales = JSON.parse(readFileSync(path.join(CONTENT, "_data", "locales.json"), "utf8")) as { code: string; lang: string }[];
const names = [...new Set(locales.flatMap((l) => [l.code, l.lang]))];
const sourceFiles = ["layouts", "assets"].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(njk|css|js)$/.test(f))
    .map((f) => path.join(dir, f)),
);

/** Where a file names a language: a :lang() selector, or a language code as a quoted string or a URL segment. */
function languageNames(source: string): string[] {
  const found = [...source.matchAll(/:lang\([^)]*\)/g)].map((m) => m[0]);
  for (const name of names) {
    const quoted = new RegExp(`["'\`/]${name.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")}["'\`/]`, "gi");
    found.push(...[...source.matchAll(quoted)].map((m) => m[0]));
  }
  return found;
}

test("there are layouts, styles and scripts to read", () => {
  expect(sourceFiles.filter((f) => f.endsWith(".njk")).length).toBeGreaterThan(10);
  expect(sourceFiles.filter((f) => f.endsWith(".css")).length).toBeGreaterThan(5);
});

test.each(sourceFiles)("%s names no language", (file) => {
  expect(languageNames(readFileSync(path.join(ROOT, file), "utf8"))).toEqual([]);
});

test("the check finds a language where there is one", () => {
  expect(languageNames(':root:lang(xx) { }\n{% if code == "ar" %}<a href="/en/">')).toEqual([":lang(xx)", '/en/', '"ar"']);
});
