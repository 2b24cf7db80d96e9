// citation-js (https://citation.js.org) does the formatting it has well-kept code for: APA 7 (the APA CSL
// style it bundles, run by citeproc-js), RIS and CSL-JSON. It runs at build time only. The BibTeX entry
// is written here (toBibtex says why).
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { Cite as CiteClass } from "@citation-js/core";
import type { CslItem } from "./csl.ts";

const require = createRequire(import.meta.url);
let loaded: typeof CiteClass | undefined;

/** citation-js with its CSL and RIS plugins, loaded when the first citation is formatted: a build whose citations are all cached loads none of it. */
function cite(data: unknown): CiteClass {
  if (!loaded) {
    require("@citation-js/plugin-csl");
    require("@citation-js/plugin-ris");
    loaded = (require("@citation-js/core") as { Cite: typeof CiteClass }).Cite;
  }
  return new loaded(data);
}

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
  const html = cite(apaItem).format("bibliography", { format: "html", template: "apa", lang: "en-US" });
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
 * A language as biblatex's langid names it (its English name in lower case, as babel and polyglossia do),
 * from the BCP-47 tag, so no language is named here.
 *
 * @example
 * langid("zh-Hans") // → "chinese"
 */
export function langid(lang: string): string {
  return (englishNames.of(new Intl.Locale(lang).language) ?? lang).toLowerCase();
}

const englishNames = new Intl.DisplayNames(["en"], { type: "language" });

/**
 * A biblatex @online entry (UTF-8; classic BibTeX reads it as @misc): the site as organisational
 * author and organization, the full date (with year and month for classic styles), the URL with
 * `urldate` (the date the page last changed: a build knows no reader's visit, and the same content
 * gives the same file), the language as langid, the description as abstract and a reviewed
 * translation's reviewer as note. Written here rather
 * than by citation-js, whose biblatex output adds an "[Online; accessed …]" note and writes the
 * language code as `language`.
 *
 * @example
 * toBibtex(pageItem(…tips…), { urldate: "2026-11-23" }) // → "@online{afg_tips_en,\n\tauthor = {{Advocate Field Guide}},\n\ttitle = {Practice tips …},\n…\tlangid = {english},\n…}\n"
 */
export function toBibtex(item: CslItem, { urldate }: { urldate: string }): string {
  const [year, month, day] = item.issued?.["date-parts"][0] ?? [];
  const date = [year, month, day].filter(Boolean).map((n, i) => String(n).padStart(i ? 2 : 4, "0")).join("-");
  const organization = item.publisher ?? item["container-title"];
  const fields: [string, string | undefined][] = [
    ["author", item.author?.length ? `{${item.author.map((a) => `{${escapeLatex(a.literal)}}`).join(" and ")}}` : undefined],
    ["title", `{${escapeLatex(item.title)}}`],
    ["organization", organization ? `{${escapeLatex(organization)}}` : undefined],
    ["date", date ? `{${date}}` : undefined],
    ["year", year ? `{${year}}` : undefined],
    ["month", month ? MONTHS[month - 1] : undefined],
    ["url", item.URL ? `{${item.URL}}` : undefined],
    ["urldate", `{${urldate}}`],
    ["langid", item.language ? `{${langid(item.language)}}` : undefined],
    ["abstract", item.abstract ? `{${escapeLatex(item.abstract)}}` : undefined],
    // A reviewed translation names its reviewer (CSL note).
    ["note", item.note ? `{${escapeLatex(item.note)}}` : undefined],
  ];
  const body = fields.flatMap(([name, value]) => (value ? [`\t${name} = ${value},`] : []));
  return [`@online{${item.id.replace(/[^A-Za-z0-9]+/g, "_")},`, ...body, "}", ""].join("\n");
}

/**
 * A RIS ID for a CSL item id: RIS allows 20 characters, so a longer id keeps its first 11 and adds 8
 * hex digits of its hash (citation-js would cut it at 20, and pages of one section in six languages
 * would share one ID).
 *
 * @example
 * risId("afg-vc-advocate-tips-zh-hans") // → "afg-vc-advo-" + 8 hex digits
 */
export function risId(id: string): string {
  return id.length <= 20 ? id : `${id.slice(0, 11)}-${createHash("sha256").update(id).digest("hex").slice(0, 8)}`;
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

/**
 * A RIS record (the tag format EndNote, Zotero and Mendeley import), ending "ER  - " and a newline, with
 * an ID of its own (risId), and the year (PY) before the full date (DA, YYYY/MM/DD/ as the format has
 * it: citation-js leaves out the zeros): importers that read both keep the last.
 */
export function toRis(item: CslItem): string {
  const ris = unwrapRis(cite({ ...item, id: risId(item.id) }).format("ris").replace(/\s+$/, "")).replace(/\nER {2}-$/, "\nER  - ") + "\n";
  const padded = ris.replace(/^DA {2}- (\d{4})\/(\d{1,2})\/(\d{1,2})\//m, (_m, y: string, m: string, d: string) => `DA  - ${y}/${m.padStart(2, "0")}/${d.padStart(2, "0")}/`);
  return padded.replace(/^(DA {2}- .*)\n(PY {2}- .*)$/m, "$2\n$1");
}

/** CSL-JSON: an array holding the item, as reference managers and pandoc read it. */
export function toCslJson(item: CslItem): string {
  return JSON.stringify(JSON.parse(cite(item).format("data", { format: "text" })), null, 2) + "\n";
}
