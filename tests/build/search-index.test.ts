// The search stage on a built site with two languages: the fixture site's English plus Korean (with
// its "ko-particles" rule and a mixed-case BCP-47 tag) reduced to one translated page and one
// translated handout, so every other Korean page is an English fallback copy.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { contentWith, publishedOnly, runBuild } from "../helpers/build-fixture.ts";
import { openSite, type OpenSite } from "../helpers/site-browser.ts";
import { FIXTURE_CONTENT } from "../helpers/paths.ts";

const english = (file: string) => readFileSync(path.join(FIXTURE_CONTENT, "en", file), "utf8");
const frontMatter = (source: string) => source.slice(0, source.indexOf("\n---", 4) + 4);
const translated = (file: string, title: string, body: string) =>
  frontMatter(english(file)).replace(/^title: .*$/m, `title: "${title}"`).replace(/^lastReviewed: (.*)$/m, 'lastReviewed: $1\ntranslation:\n  status: draft\n  from: "0123abcd4567"\n  paragraphs: {}') +
  `\n\n${body}\n`;

// The noun 안전 (safety) appears only with particles: 안전을, 안전의.
const PAGE = translated(
  "victim-contact/tips-for-advocates.md",
  "피해자 연락 실무 팁",
  "## 연락의 목적 {#purpose}\n\n프로그램은 피해자의 안전을 최우선으로 생각합니다. 피해자에게 연락할 때는 비밀 보장도 중요합니다. {#purpose-intro}",
);
const HANDOUT = translated(
  "print/advocate-tips-handout.md",
  "제공기관을 위한 체크리스트",
  "## 위험 {#risks}\n\n연락은 안전의 문제가 될 수 있습니다. {#risks-summary}\n\n## 전략 {#strategies}\n\n- 지역 기관과 협력합니다. {#strategy-partnerships}",
);

let site: ReturnType<typeof contentWith>;
let out: string;
let status: number;
let output: string;
let served: OpenSite | undefined;

beforeAll(async () => {
  // English and Korean only, Korean under a mixed-case BCP-47 tag (Pagefind lowercases it).
  site = contentWith([publishedOnly({ en: {}, ko: { lang: "ko-KR" } })]);
  // Only this fixture's Korean text, whatever translations are in progress in the working tree.
  rmSync(path.join(site.content, "ko"), { recursive: true, force: true });
  for (const [file, text] of [["victim-contact/tips-for-advocates.md", PAGE], ["print/advocate-tips-handout.md", HANDOUT]] as const) {
    mkdirSync(path.dirname(path.join(site.content, "ko", file)), { recursive: true });
    writeFileSync(path.join(site.content, "ko", file), text);
  }
  out = path.join(site.dir, "out");
  ({ status, output } = runBuild(["--content", site.content, "--out", out, "--no-print"]));
  if (status !== 0) return; // the first test reports it; the rest skip
  served = await openSite(out);
}, 300_000);
afterAll(async () => {
  await served?.close();
  site.cleanup();
});

/** The result links the search page shows for a query typed into it. */
async function search(code: string, query: string): Promise<string[]> {
  const page = await served!.newPage();
  await page.goto(`${served!.server.url}/${code}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector("[data-search-ui][data-search-done]", { timeout: 20_000 });
  const hrefs = await page.$$eval(".search-result__title a", (as) => as.map((a) => a.getAttribute("href")!.split("?")[0]!));
  await page.close();
  return hrefs;
}

test("the site builds, and the search stage reports what it indexed and left out", () => {
  expect(status, output).toBe(0);
  expect(output).toMatch(/search: indexed \d+ in [\d.]+ s — en \d+ pages \+ \d+ printables; ko 1 pages \+ 2 printables \(\d+ fallback copies left out\)/);
});

test("one index per language, keyed as Pagefind keys <html lang>, pages and printables together", (context) => {
  if (status !== 0) context.skip();
  const entry = JSON.parse(readFileSync(path.join(out, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  expect(Object.keys(entry.languages).sort()).toEqual(["en", "ko-kr"]);
  expect(entry.languages["ko-kr"]!.page_count).toBe(3); // the translated page and handout, and the training packet of the handout's section
});

test("English fallback copies under /ko/ are not in the Korean index", async (context) => {
  if (status !== 0) context.skip();
  expect(await search("ko", "fatherhood")).toEqual([]);
  expect(await search("en", "fatherhood")).toContain("/en/partnering-with-programs/why-partner/");
});

test("Korean: the noun finds the pages where it only appears with particles, and so does another particle", async (context) => {
  if (status !== 0) context.skip();
  // The page, the handout, and the section's training packet that holds the handout.
  const both = ["/ko/victim-contact/tips-for-advocates/", "/ko/print/advocate-tips-handout/", "/ko/print/packet-victim-contact/"];
  expect((await search("ko", "안전")).sort()).toEqual(both.sort());
  // 안전은 is in neither text: the search page searches the noun.
  expect((await search("ko", "안전은")).sort()).toEqual(both.sort());
  expect(await search("ko", "비밀은")).toEqual(["/ko/victim-contact/tips-for-advocates/"]); // 비밀 보장도 in the page only
});

test("the Korean search page carries its language's rule; the English one none", (context) => {
  if (status !== 0) context.skip();
  expect(readFileSync(path.join(out, "ko", "search", "index.html"), "utf8")).toContain('data-search-rules="ko-particles"');
  expect(readFileSync(path.join(out, "en", "search", "index.html"), "utf8")).toContain('data-search-rules=""');
});
