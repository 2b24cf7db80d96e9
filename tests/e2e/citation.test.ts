// Paragraph links and the cite box in real Chromium: keyboard reachable, shown on focus and hover,
// copying the canonical link or the citation; where the browser will not copy, the text is selected.
// On the frozen fixture site: the ids and citations pinned here never move with an editor's edit.
import { afterAll, beforeAll, expect, test } from "vitest";
import { FIXTURE_DIST } from "../helpers/paths.ts";
import { openSite } from "../helpers/site-browser.ts";

const PAGE = "/en/victim-contact/tips-for-advocates/";
const CANONICAL = "https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/";
let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
  await site.context.overridePermissions(site.server.url, ["clipboard-read", "clipboard-write", "clipboard-sanitized-write"]);
});
afterAll(async () => site.close());

async function open(options: { noClipboard?: boolean; urlPath?: string } = {}) {
  const page = await site.newPage();
  if (options.noClipboard) await page.evaluateOnNewDocument(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
  await page.goto(site.server.url + (options.urlPath ?? PAGE), { waitUntil: "networkidle0" });
  return page;
}

test.each([PAGE, "/en/reference/sources/", "/en/reference/glossary/"])("%s: every heading, paragraph, list item and term with an id has one labelled copy-link button", async (urlPath) => {
  const page = await open({ urlPath });
  const found = await page.evaluate(() => {
    const blocks = [...document.querySelectorAll("article.prose :is(h2, h3, p, li, dt)[id]")];
    const buttons = [...document.querySelectorAll<HTMLElement>(".para-link")];
    return {
      blocks: blocks.length,
      // Inside the block, or beside it in the wrapper of a heading.
      placed: blocks.filter((b) => buttons.filter((x) => x.dataset.paragraph === b.id && (b.contains(x) || x.parentElement === b.parentElement)).length === 1).length,
      buttons: buttons.length,
      labels: [...new Set(buttons.map((b) => b.getAttribute("aria-label")))].sort(),
      headingNames: [...document.querySelectorAll("article.prose :is(h2, h3)")].map((h) => h.textContent ?? "").filter((t) => /Copy link/.test(t)),
    };
  });
  expect(found.blocks).toBeGreaterThan(4);
  expect(found.placed).toBe(found.blocks);
  expect(found.buttons).toBe(found.blocks);
  expect(found.labels).toContain("Copy link to this paragraph");
  expect(found.headingNames, "headings keep their own names").toEqual([]);
  await page.close();
});

test("the button shows on keyboard focus and on hover, and copies the paragraph's canonical link", async () => {
  const page = await open();
  const opacity = (id: string) => page.$eval(`[data-paragraph="${id}"]`, (b) => getComputedStyle(b).opacity);
  await page.focus('[data-paragraph="who-for"]');
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.paragraph)).toBe("advocates-already-trained");
  expect(await opacity("advocates-already-trained")).toBe("1");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("[data-paragraph-links]")?.textContent === "Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${CANONICAL}#advocates-already-trained`);

  await page.hover("#tips-audience");
  expect(await opacity("tips-audience")).toBe("1");
  await page.close();
});

test("without a clipboard the link is put in a selected field instead", async () => {
  const page = await open({ noClipboard: true });
  await page.click('[data-paragraph="advocates-already-trained"]');
  const field = await page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    return { className: input.className, value: input.value, selected: input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0) };
  });
  expect(field).toEqual({ className: "para-link-field", value: `${CANONICAL}#advocates-already-trained`, selected: `${CANONICAL}#advocates-already-trained` });
  await page.close();
});

test("the cite box opens from the header link and copies a citation as shown", async () => {
  const page = await open();
  expect(await page.$eval("#cite-box", (d) => (d as HTMLDetailsElement).open)).toBe(false);
  await page.click('.page-meta a[href="#cite-box"]');
  expect(await page.$eval("#cite-box", (d) => (d as HTMLDetailsElement).open)).toBe(true);
  await page.click('[data-copy-target="cite-box-mla"]');
  await page.waitForFunction(() => document.querySelector('[data-copy-target="cite-box-mla"]')?.textContent === "Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    "“Practice Tips for Victim Contact Advocates.” Advocate Field Guide, 23 Nov. 2026, advocate-field-guide.example/en/victim-contact/tips-for-advocates/.",
  );
  await page.close();
});

test("without a clipboard the citation is selected for Ctrl+C", async () => {
  const page = await open({ noClipboard: true });
  await page.click("#cite-box > summary");
  await page.click('[data-copy-target="cite-box-apa"]');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(
    "Advocate Field Guide. (2026, November 23). Practice tips for victim contact advocates. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/",
  );
  await page.close();
});
