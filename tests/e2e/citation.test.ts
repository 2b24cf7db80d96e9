// Paragraph links and the cite box in real Chromium: keyboard reachable, shown on focus and hover,
// copying the canonical link or the citation; where the browser will not copy, the text is selected.
import { afterAll, beforeAll, expect, test } from "vitest";
import { openSite } from "../helpers/site-browser.ts";

const PAGE = "/en/victim-contact/tips-for-advocates/";
const CANONICAL = "https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/";
let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = await openSite();
  await site.browser.defaultBrowserContext().overridePermissions(site.server.url, ["clipboard-read", "clipboard-write", "clipboard-sanitized-write"]);
});
afterAll(async () => site.close());

async function open(options: { noClipboard?: boolean } = {}) {
  const page = await site.browser.newPage();
  if (options.noClipboard) await page.evaluateOnNewDocument(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
  await page.goto(site.server.url + PAGE, { waitUntil: "networkidle0" });
  return page;
}

test("every heading, paragraph and list item with an id in the article has a labelled copy-link button", async () => {
  const page = await open();
  const found = await page.evaluate(() => {
    const blocks = [...document.querySelectorAll("article.prose :is(h2, h3, p, li)[id]")];
    return {
      blocks: blocks.length,
      withButton: blocks.filter((b) => (b.parentElement?.classList.contains("para-link-heading") ? b.parentElement : b).querySelector(`:scope > .para-link[data-paragraph="${b.id}"]`)).length,
      labels: [...new Set([...document.querySelectorAll(".para-link")].map((b) => b.getAttribute("aria-label")))].sort(),
      headingName: document.getElementById("who-for")?.textContent,
    };
  });
  expect(found.blocks).toBeGreaterThan(10);
  expect(found.withButton).toBe(found.blocks);
  expect(found.labels).toEqual(["Copy link to this paragraph", "Copy link to this section"]);
  expect(found.headingName).toBe("Who these tips are for");
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
