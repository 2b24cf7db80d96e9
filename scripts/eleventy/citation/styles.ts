// MLA 9 and Chicago (17th ed., author-date) for the two kinds of item this site cites: its own pages
// (web pages, and the policy brief as a report) by an organisation that is also the site or publisher.
// citation-js bundles only APA, Vancouver and Harvard; the official MLA and Chicago CSL styles are not
// on the npm registry in a form it can load, so these two are small pure functions, tested line by line.
import type { CslItem } from "./csl.ts";
import type { Formatted } from "./engine.ts";
import { titleCase, type TitleCaseStyle } from "./title-case.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** MLA abbreviates months longer than four letters (MLA Handbook 9, appendix 1). */
const MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Text and HTML built together from parts; italic parts are wrapped in <i> in the HTML only. */
function build(parts: (string | { italic: string })[]): Formatted {
  return {
    text: parts.map((p) => (typeof p === "string" ? p : p.italic)).join(""),
    html: parts.map((p) => (typeof p === "string" ? escapeHtml(p) : `<i>${escapeHtml(p.italic)}</i>`)).join(""),
  };
}

/** A title followed by a period, unless it already ends in one, or in ? or !. */
const closed = (title: string) => (/[.?!]$/.test(title) ? title : `${title}.`);

/** English titles are title-cased; other languages keep their own capitalisation (as CSL processors do). */
function styledTitle(item: CslItem, style: TitleCaseStyle): string {
  return !item.language || /^en\b/i.test(item.language) ? titleCase(item.title, style) : item.title;
}

function parts(item: CslItem) {
  const [year, month, day] = item.issued?.["date-parts"][0] ?? [];
  const author = item.author?.map((a) => a.literal).join(", ");
  const host = item.type === "report" ? item.publisher : item["container-title"];
  return { year, month, day, author, host };
}

/**
 * An MLA 9 works-cited entry. An organisation that is both author and publisher is not repeated as
 * author (MLA 9, 5.24); the URL drops its scheme (5.93).
 *
 * @example
 * formatMla(pageItem(…tips…)).text
 * // → "“Practice Tips for Victim Contact Advocates.” Advocate Field Guide, 23 Nov. 2026, advocate-field-guide.example/en/victim-contact/tips-for-advocates/."
 */
export function formatMla(item: CslItem): Formatted {
  const { year, month, day, author, host } = parts(item);
  const title = styledTitle(item, "mla");
  const date = year ? [day, month ? MLA_MONTHS[month - 1] : undefined, year].filter(Boolean).join(" ") : undefined;
  const url = item.URL?.replace(/^https?:\/\//, "");
  const out: (string | { italic: string })[] = [];
  if (author && author !== host) out.push(closed(author), " ");
  if (item.type === "report") out.push({ italic: title }, /[.?!]$/.test(title) ? " " : ". ");
  else out.push(`“${closed(title)}” `);
  const tail = [item.type === "report" ? host : undefined, date, url].filter(Boolean) as string[];
  if (item.type !== "report" && host) {
    out.push({ italic: host });
    if (tail.length) out.push(", ");
  }
  out.push(tail.join(", "), ".");
  return build(out);
}

/**
 * A Chicago (17th ed.) author-date reference list entry: author, year, title, the site or publisher,
 * for a web page its full date, then the URL.
 *
 * @example
 * formatChicago(pageItem(…tips…)).text
 * // → "Advocate Field Guide. 2026. “Practice Tips for Victim Contact Advocates.” Advocate Field Guide. November 23, 2026. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/."
 */
export function formatChicago(item: CslItem): Formatted {
  const { year, month, day, author, host } = parts(item);
  const title = styledTitle(item, "chicago");
  const out: (string | { italic: string })[] = [];
  out.push(closed(author ?? title), " ", year ? `${year}.` : "n.d.", " ");
  if (author) {
    if (item.type === "report") out.push({ italic: title }, /[.?!]$/.test(title) ? " " : ". ");
    else out.push(`“${closed(title)}” `);
  }
  if (host) out.push(closed(host), " ");
  if (item.type !== "report" && year && month && day) out.push(`${MONTHS[month - 1]} ${day}, ${year}. `);
  if (item.URL) out.push(`${item.URL}.`);
  return build([...out].map((p, i, all) => (i === all.length - 1 && typeof p === "string" ? p.trimEnd() : p)));
}
