// Adding a language is data only: a locales.json entry, a dictionary and a content folder.
// This builds the fixture site plus a throwaway locale and checks the result, with no code change.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { contentWith, runBuild } from "../helpers/build-fixture.ts";
import { FIXTURE_CONTENT } from "../helpers/paths.ts";

const english = JSON.parse(readFileSync(path.join(FIXTURE_CONTENT, "_data", "i18n", "en.json"), "utf8")) as Record<string, string>;
const page = readFileSync(path.join(FIXTURE_CONTENT, "en", "victim-contact", "tips-for-advocates.md"), "utf8");
let site: ReturnType<typeof contentWith>;
let out: string;
let status: number;
let output: string;

beforeAll(() => {
  site = contentWith([
    { file: "_data/locales.json", find: "\n]", replace: ',\n  { "code": "tlh", "lang": "tlh", "dir": "rtl", "label": "Throwaway", "fonts": ["noto-sans"] }\n]' },
    { file: "_data/i18n/tlh.json", replace: JSON.stringify(Object.fromEntries(Object.entries(english).map(([k, v]) => [k, `⟦${v}⟧`]))) },
    {
      file: "tlh/victim-contact/tips-for-advocates.md",
      replace: page
        .replace(/^title: .*$/m, "title: Throwaway tips")
        .replace("lastReviewed: 2026-11-23", 'lastReviewed: 2026-11-23\ntranslation:\n  status: draft\n  from: "0123abcd4567"\n  paragraphs: {}')
        .replaceAll("](/en/", "](/tlh/"),
    },
  ]);
  out = path.join(site.dir, "out");
  ({ status, output } = runBuild(["--content", site.content, "--out", out, "--no-print", "--no-search"]));
});
afterAll(() => site.cleanup());

const html = (urlPath: string) => readFileSync(path.join(out, urlPath, "index.html"), "utf8");

test("the site builds with the extra language", () => expect(status, output).toBe(0));

test("its translated page uses its lang, dir and dictionary, and says it is a draft", () => {
  const doc = html("tlh/victim-contact/tips-for-advocates");
  expect(doc).toContain('<html lang="tlh" dir="rtl"');
  expect(doc).toContain("<h1>Throwaway tips</h1>");
  expect(doc).toContain(`⟦${english["quickExit.label"]}⟧`);
  expect(doc).toContain(`⟦${english["translation.draft"]}⟧`);
  // It records no paragraph's English: every part is behind, listed in the notice and marked where it stands.
  expect(doc).toContain(`⟦${english["translation.behind"]}⟧`);
  expect(doc).toContain(`>⟦${english["translation.behindMark"]}⟧</a>`);
});

test("a page it lacks is built from the English text, marked, in the reader's UI language", () => {
  const doc = html("tlh/families-in-contact/overview");
  expect(doc).toContain('data-fallback="true"');
  expect(doc).toContain('<article class="prose" data-pagefind-body lang="en" dir="ltr">');
  expect(doc).toContain(`⟦${english["translation.fallback"]!.replace("{language}", "Throwaway")}⟧`);
  expect(doc).toContain('rel="canonical" href="https://advocate-field-guide.example/en/families-in-contact/overview/"');
});

test("English pages list the new translation as an alternate, but not its fallback copies", () => {
  expect(html("en/victim-contact/tips-for-advocates")).toContain('<link rel="alternate" hreflang="tlh" href="https://advocate-field-guide.example/tlh/victim-contact/tips-for-advocates/">');
  expect(html("en/families-in-contact/overview")).not.toContain('<link rel="alternate" hreflang="tlh"');
  expect(html("en/families-in-contact/overview")).toContain('<link rel="alternate" hreflang="x-default"');
});
