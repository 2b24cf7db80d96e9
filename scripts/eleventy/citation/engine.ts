// citation-js (https://citation.js.org) does the formatting it has well-kept code for: APA 7 (the APA CSL
// style it bundles, run by citeproc-js), BibTeX, RIS and CSL-JSON. It runs at build time only.
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { CslItem } from "./csl.ts";

// UTF-8 out, not ASCII: the ASCII mode drops every character it has no LaTeX macro for (Chinese, Arabic, Korean).
plugins.config.get("@bibtex").format.asciiOnly = false;

export interface Formatted {
  /** Plain text, as pasted into a plain-text field. */
  text: string;
  /** The same with italics (<i>), escaped for HTML. */
  html: string;
}

/** `&` is the one character citeproc-js's HTML output writes as a numeric reference; the rest we write ourselves. */
const normaliseHtml = (html: string) => html.replace(/&#38;/g, "&amp;").trim();

/**
 * An APA 7 reference list entry. APA leaves out the publisher or site name when it is the author
 * (APA 7, 9.24 and 10.16), which the CSL style cannot see, so the item loses it first.
 *
 * @example
 * formatApa(pageItem(…tips…)).text
 * // → "Advocate Field Guide. (2026, November 23). Practice tips for victim contact advocates. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/"
 */
export function formatApa(item: CslItem): Formatted {
  // citeproc-js takes milliseconds an entry, and the same source documents are cited on every page.
  const key = JSON.stringify(item);
  const known = apaMemo.get(key);
  if (known) return known;
  const formatted = formatApaUncached(item);
  apaMemo.set(key, formatted);
  return formatted;
}

const apaMemo = new Map<string, Formatted>();

function formatApaUncached(item: CslItem): Formatted {
  const isAuthor = (name: string | undefined) => Boolean(name && item.author?.some((a) => a.literal === name));
  const apaItem = { ...item };
  if (isAuthor(apaItem.publisher)) delete apaItem.publisher;
  if (isAuthor(apaItem["container-title"])) delete apaItem["container-title"];
  const html = new Cite(apaItem).format("bibliography", { format: "html", template: "apa", lang: "en-US" });
  const entry = normaliseHtml(/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "");
  // The plain text is the HTML without its italics: one citeproc run instead of two.
  const text = entry.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, "&");
  return { text, html: entry };
}

/**
 * Characters LaTeX treats as commands, escaped so a title like "Fathers & men" compiles.
 *
 * @example
 * escapeLatex("Fathers & men, 50%") // → "Fathers \\& men, 50\\%"
 */
export function escapeLatex(value: string): string {
  return value
    .replace(/\\/g, "\\textbackslash{}")
    .replace(/([&%$#_{}])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}")
    .replace(/\\textbackslash\\\{\\\}/g, "\\textbackslash{}");
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * A BibTeX entry (UTF-8). Classic BibTeX has no day, so the month is its standard macro (`month = nov`)
 * and a biblatex `date` field carries the full date.
 *
 * @example
 * toBibtex(pageItem(…)) // → "@misc{afg_tips_en,\n\tauthor = {{Advocate Field Guide}},\n\tyear = {2026},\n\tmonth = nov,\n\tdate = {2026-11-23}, …"
 */
export function toBibtex(item: CslItem): string {
  const key = item.id.replace(/[^A-Za-z0-9]+/g, "_");
  const escaped = {
    ...item,
    "citation-key": key,
    title: escapeLatex(item.title),
    ...(item["container-title"] ? { "container-title": escapeLatex(item["container-title"]) } : {}),
    ...(item.publisher ? { publisher: escapeLatex(item.publisher) } : {}),
    ...(item.abstract ? { abstract: escapeLatex(item.abstract) } : {}),
  };
  const bibtex = new Cite(escaped).format("bibtex").trim();
  const [year, month, day] = item.issued?.["date-parts"][0] ?? [];
  if (!year || !month) return bibtex + "\n";
  const iso = [year, month, day].filter(Boolean).map((n, i) => String(n).padStart(i ? 2 : 4, "0")).join("-");
  return bibtex.replace(/\tmonth = \{[^}]*\},/, `\tmonth = ${MONTHS[month - 1]},\n\tdate = {${iso}},`) + "\n";
}

/**
 * RIS with each field on one line: citation-js wraps values at 70 characters, which breaks URLs and
 * titles in importers that read the continuation as a new word (citation-js's own parser included).
 *
 * @example
 * unwrapRis("TY  - ELEC\nUR  - https://example.org/a-long-pa\nth/\nER  - ") // → "TY  - ELEC\nUR  - https://example.org/a-long-path/\nER  - "
 */
export function unwrapRis(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9] {2}-( |$))/g, "");
}

/** A RIS record (the tag format EndNote, Zotero and Mendeley import), ending "ER  - " and a newline. */
export function toRis(item: CslItem): string {
  return unwrapRis(new Cite(item).format("ris").replace(/\s+$/, "")).replace(/\nER {2}-$/, "\nER  - ") + "\n";
}

/** CSL-JSON: an array holding the item, as reference managers and pandoc read it. */
export function toCslJson(item: CslItem): string {
  return JSON.stringify(JSON.parse(new Cite(item).format("data", { format: "text" })), null, 2) + "\n";
}
