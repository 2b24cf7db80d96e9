import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sourceHash } from "../eleventy/i18n/translation-state.ts";
import { currentHashes, translationBlock } from "../i18n/translation-record.ts";
import { pageUnits } from "../i18n/units.ts";

const WORDS = "advocate safety plan contact program victim family child support partner court visit call record release confidential".split(" ");

/** A page of about 600 words with authored ids, like a real reference page. */
function pageBody(n: number): string {
  const word = (i: number) => WORDS[(n * 7 + i * 13) % WORDS.length]!;
  const sentence = (i: number) => `${Array.from({ length: 12 }, (_, k) => word(i + k)).join(" ")}.`;
  const parts: string[] = [];
  for (let s = 0; s < 5; s++) {
    parts.push(`## Section ${s + 1} of page ${n} {#s${s}}`);
    for (let p = 0; p < 3; p++) parts.push(`${sentence(s * 10 + p)} ${sentence(s * 10 + p + 1)} {#s${s}-p${p}}`);
    parts.push([0, 1, 2].map((i) => `- ${sentence(s * 5 + i)} {#s${s}-li${i}}`).join("\n") + "\n{.checklist}");
  }
  return parts.join("\n\n") + "\n";
}

/** Front matter of the English page, or of a draft translation recorded as made from the current English (so none is stale). */
function frontMatter(n: number, code: string): string {
  if (code !== "en") {
    const english = frontMatter(n, "en") + pageBody(n);
    const record = translationBlock({ status: "draft", from: sourceHash(english), paragraphs: currentHashes(pageUnits(english)) });
    return frontMatter(n, "en").replace(/---\n$/, `${record.join("\n")}\n---\n`);
  }
  return [
    "---",
    `title: Synthetic page ${n}`,
    `description: A generated page for measuring the build.`,
    "section: victim-contact",
    `order: ${100 + n}`,
    "audience: [advocates]",
    "sources: [victim-contact-apip]",
    `translationKey: synthetic-${n}`,
    "lastReviewed: 2026-11-23",
    "---",
    "",
  ].join("\n");
}

/**
 * A content folder with the real data and English pages plus `pages` generated pages,
 * half English and half their "translations" into the second language of locales.json.
 * Returns the content folder and the folder of just the generated Markdown (for bare Eleventy).
 */
export function syntheticSite(root: string, dir: string, pages: number): { content: string; bare: string } {
  const content = path.join(dir, "content");
  const bare = path.join(dir, "bare");
  cpSync(path.join(root, "content", "_data"), path.join(content, "_data"), { recursive: true });
  cpSync(path.join(root, "content", "en"), path.join(content, "en"), { recursive: true });
  // The source language and the next one in locales.json; the others stay listed but unpublished.
  const locales = JSON.parse(readFileSync(path.join(content, "_data", "locales.json"), "utf8")) as { code: string; published?: boolean }[];
  const second = locales.find((l) => l.code !== "en")!.code;
  writeFileSync(path.join(content, "_data", "locales.json"), JSON.stringify(locales.map((l) => ({ ...l, published: l.code === "en" || l.code === second }))));
  for (let n = 0; n < pages; n++) {
    const code = n % 2 === 0 ? "en" : second;
    const key = Math.floor(n / 2);
    const file = `victim-contact/synthetic-${key}.md`;
    const text = frontMatter(key, code) + pageBody(key);
    for (const base of [content, bare]) {
      mkdirSync(path.join(base, code, "victim-contact"), { recursive: true });
      writeFileSync(path.join(base, code, file), text);
    }
  }
  // A language folder's English counterpart must exist for every translation.
  for (let key = 0; key < Math.floor(pages / 2); key++) {
    const file = path.join(content, "en", "victim-contact", `synthetic-${key}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
  }
  return { content, bare };
}
