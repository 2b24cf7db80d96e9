import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { isoDate } from "../eleventy/filters/iso-date.ts";
import { DEFAULT_LOCALE } from "../eleventy/i18n/locales.ts";
import { sourceHash } from "../eleventy/i18n/translation-state.ts";
import { validateContent, type ContentFile } from "../eleventy/schema/validate-content.ts";
import { frontMatterSchema } from "../eleventy/schema/front-matter.ts";
import { loadSiteData, type SiteData } from "../eleventy/site-data.ts";
import { applyTargets, codeProblem, type UnitEdit } from "./apply-targets.ts";
import { hrefMaps, targetSegment } from "./export.ts";
import { placeholderSegment, plainText, sameSegment, type Piece, type Segment } from "./segment.ts";
import { behindUnits, withTranslationBlock, type TranslationRecord } from "./translation-record.ts";
import { KEYWORD_SEPARATOR, pageUnits, splitFile } from "./units.ts";
import { readXliff, XliffProblem, type ReadXliff, type ReadUnit } from "./xliff-read.ts";

/** Everything wrong with an import, one line each (file, unit, problem); nothing was written. */
export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was imported, no file changed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ImportError";
  }
}

interface Planned {
  file: string;
  before: string;
  after: string;
  summary: string;
}

/** A problem reporter for one XLIFF file: `file: unit id: problem`. */
const reporter = (problems: string[], xliff: string) => (problem: string, unit?: string) => problems.push(`${xliff}: ${unit ? `unit ${unit}: ` : ""}${problem}`);
type Report = ReturnType<typeof reporter>;

const REVIEWED = new Set(["reviewed", "final"]);
const realDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);

/** The .xlf/.xliff files named, or found (recursively) in the folders named. */
function xliffFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!existsSync(p)) return [p];
    if (!statSync(p).isDirectory()) return [p];
    return readdirSync(p, { recursive: true, encoding: "utf8" }).filter((f) => /\.(xlf|xliff)$/.test(f)).sort().map((f) => path.join(p, f));
  });
}

/** A unit's source and target with the English codes: keywords normalised to one separator. */
function withCodes(pieces: Piece[], codes: Segment["codes"], keywords: boolean): Segment {
  if (!keywords) return { pieces, codes };
  const words = plainText({ pieces, codes }).split(KEYWORD_SEPARATOR.trim()).map((k) => k.trim()).filter(Boolean);
  return { pieces: [{ text: words.join(KEYWORD_SEPARATOR) }], codes };
}

/** What the file's review metadata asks for: a review (name and real date), nothing, or a problem. */
function reviewAsked(read: ReadXliff, report: Report): { by: string; on: string } | undefined {
  const { by, on } = read.review;
  if (!by && !on) return undefined;
  if (!by || !on) report(`the review metadata names ${by ? "a reviewer but no date (reviewedOn, YYYY-MM-DD)" : "a date but no reviewer (reviewedBy)"}; a review needs both`);
  else if (!realDate(on)) report(`reviewedOn "${on}" is not a date written YYYY-MM-DD`);
  else return { by, on };
  return undefined;
}

/** The edits and per-unit hashes an XLIFF asks for on one translated page; problems reported. */
function pageEdits(read: ReadXliff, english: ContentFile, translated: ContentFile, code: string, report: Report) {
  const englishUnits = pageUnits(readFileSync(english.file, "utf8"));
  const current = new Map(pageUnits(readFileSync(translated.file, "utf8")).map((u) => [u.id, u]));
  const paragraphs = { ...translated.data.translation!.paragraphs };
  const edits: UnitEdit[] = [];
  for (const unit of read.units) {
    const englishUnit = englishUnits.find((u) => u.id === unit.id);
    if (!englishUnit?.segment) {
      report(englishUnit ? `its English holds Markdown XLIFF cannot carry: ${englishUnit.unsupported}` : `no unit with this id in ${english.file} (unit ids are the English page's paragraph ids and meta.title, meta.description, meta.subtitle, meta.keywords)`, unit.id);
      continue;
    }
    const keywords = englishUnit.kind === "keywords";
    if (!sameSegment(withCodes(unit.source, englishUnit.segment.codes, keywords), englishUnit.segment)) {
      report(`the source no longer matches the English in ${english.file} (the English changed since this file was exported): export again, and carry the translation over`, unit.id);
      continue;
    }
    if (!unit.target) continue;
    const problem = codeProblem(unit.target, englishUnit.segment);
    if (problem) {
      report(problem, unit.id);
      continue;
    }
    const target = withCodes(unit.target, englishUnit.segment.codes, keywords);
    const mine = current.get(unit.id);
    if (!plainText(target).trim()) report("the target is empty", unit.id);
    else if (!mine) report(`${translated.file} has no {#${unit.id}} yet: add the paragraph there by hand first`, unit.id);
    else {
      try {
        if (!sameSegment(target, targetSegment(englishUnit, mine, code, translated.file))) edits.push({ english: englishUnit, current: mine, segment: target });
      } catch (error) {
        report((error as Error).message, unit.id);
      }
    }
    // A unit the translator confirmed (translated, reviewed) is now a translation of the English as it is.
    if (unit.state !== "initial") paragraphs[unit.id] = englishUnit.hash;
  }
  return { englishUnits, edits, paragraphs };
}

/**
 * The new record of a page: a review only when the file asks for one and every unit of the page is
 * reviewed in it; back to draft when anything else changed; untouched otherwise.
 */
function newRecord(old: TranslationRecord, paragraphs: Record<string, string>, changed: boolean, review: { by: string; on: string } | undefined, allReviewed: boolean): TranslationRecord {
  if (review && allReviewed) return { status: "reviewed", reviewedBy: review.by, reviewedOn: review.on, from: old.from, paragraphs };
  if (changed) return { status: "draft", from: old.from, paragraphs };
  return old;
}

function planPage(read: ReadXliff, english: ContentFile, translated: ContentFile, code: string, report: Report, englishHash: string): Planned | undefined {
  let failed = false;
  const local: Report = (problem, unit) => ((failed = true), report(problem, unit));
  const { englishUnits, edits, paragraphs } = pageEdits(read, english, translated, code, local);
  const review = reviewAsked(read, local);
  const states = new Map(read.units.map((u) => [u.id, u.state]));
  const reviewedUnit = read.units.find((u: ReadUnit) => REVIEWED.has(u.state));
  if (reviewedUnit && !review && !read.review.by && !read.review.on) {
    local(`marked ${reviewedUnit.state}, but the file names no reviewer: a qualified reviewer writes their name (reviewedBy) and the date (reviewedOn) in the file's review metadata; otherwise leave the unit translated`, reviewedUnit.id);
  }
  if (failed) return undefined;
  const before = readFileSync(translated.file, "utf8");
  const t = translated.data.translation!;
  const old: TranslationRecord = { status: t.status, ...(t.reviewedBy ? { reviewedBy: t.reviewedBy } : {}), ...(t.reviewedOn ? { reviewedOn: isoDate(t.reviewedOn) } : {}), from: t.from, paragraphs: t.paragraphs };
  const changed = edits.length > 0 || !isDeepStrictEqual(paragraphs, t.paragraphs);
  const allReviewed = englishUnits.every((u) => REVIEWED.has(states.get(u.id) ?? ""));
  const record = newRecord(old, paragraphs, changed, review, allReviewed);
  if (changed && !behindUnits(englishUnits, paragraphs).length) record.from = englishHash;
  const applied = applyTargets(before, edits, hrefMaps(code));
  for (const [unit, problem] of applied.problems) local(problem, unit);
  if (failed) return undefined;
  let after = applied.text;
  if (!isDeepStrictEqual(record, old)) {
    const { lines, frontEnd } = splitFile(after);
    after = withTranslationBlock(lines, frontEnd, { ...record, paragraphs: orderLike(record.paragraphs, englishUnits.map((u) => u.id)) }).join("\n");
  }
  const checked = frontMatterSchema.safeParse(splitFile(after).data);
  if (!checked.success) local(`the import would leave the front matter invalid: ${checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  if (failed || after === before) return undefined;
  const partly = review && !allReviewed ? `; stays ${record.status}: a review is recorded when every unit of the page is reviewed` : "";
  return { file: translated.file, before, after, summary: `${translated.file}: ${edits.length} unit${edits.length === 1 ? "" : "s"} rewritten${edits.length ? ` (${edits.map((e) => e.english.id).join(", ")})` : ""}; ${record.status}${record.reviewedBy ? ` (reviewed by ${record.reviewedBy}, ${record.reviewedOn})` : ""}${partly}` };
}

/** Paragraph records in the English page's order, then any the English no longer has. */
function orderLike(paragraphs: Record<string, string>, ids: string[]): Record<string, string> {
  const ordered = ids.filter((id) => id in paragraphs).map((id) => [id, paragraphs[id]!] as const);
  return Object.fromEntries([...ordered, ...Object.entries(paragraphs).filter(([id]) => !ids.includes(id))]);
}

/** The interface strings: each changed value rewritten on its own line of <code>.json. */
function planInterface(read: ReadXliff, site: SiteData, contentDir: string, code: string, report: Report): Planned | undefined {
  const file = path.join(contentDir, "_data", "i18n", `${code}.json`);
  const english = site.dictionaries[DEFAULT_LOCALE]!;
  const wanted = { ...site.dictionaries[code]! };
  const before = readFileSync(file, "utf8");
  const lines = before.split("\n");
  let failed = false;
  for (const unit of read.units) {
    const fail = (problem: string) => ((failed = true), report(problem, unit.id));
    if (english[unit.id] === undefined) {
      fail(`no interface string with this key in ${path.join(contentDir, "_data", "i18n", `${DEFAULT_LOCALE}.json`)}`);
      continue;
    }
    const source = placeholderSegment(english[unit.id]!);
    if (!sameSegment({ pieces: unit.source, codes: source.codes }, source)) fail("the source no longer matches the English string (it changed since this file was exported): export again");
    else if (unit.target) {
      const problem = codeProblem(unit.target, source);
      // Not trimmed: "ui.colon" is ": " on purpose.
      const value = problem ? "" : plainText({ pieces: unit.target, codes: source.codes });
      if (problem) fail(problem);
      else if (!value.trim()) fail("the target is empty");
      else if (value !== wanted[unit.id]) {
        const at = lines.findIndex((l) => l.trimStart().startsWith(`${JSON.stringify(unit.id)}:`));
        if (at < 0) fail(`no line for this key in ${file}`);
        else lines[at] = lines[at]!.replace(/^(\s*"[^"]+":\s*)"(?:[^"\\]|\\.)*"/, (_, key: string) => `${key}${JSON.stringify(value)}`);
        wanted[unit.id] = value;
      }
    }
  }
  const after = lines.join("\n");
  if (failed) return undefined;
  if (!isDeepStrictEqual(JSON.parse(after), wanted)) report(`the import would not read back as the strings it carries (${file} has a layout this tool does not rewrite)`);
  return after === before ? undefined : { file, before, after, summary: `${file}: interface strings updated` };
}

export interface ImportOptions {
  content: string;
  layouts: string;
  /** XLIFF files, or folders to look for them in. */
  paths: string[];
}

/**
 * Writes the targets of exported (and translated, or reviewed) XLIFF files back into content/<code>/:
 * all files or none. Unchanged targets change no byte; a changed target changes its unit's line.
 *
 * @example
 * importXliff({ content: "content", layouts: "layouts", paths: ["xliff/es"] }) // → { changed: [], summaries: [] } for an untouched export
 */
export function importXliff(options: ImportOptions): { changed: string[]; summaries: string[] } {
  const files = xliffFiles(options.paths);
  if (!files.length) throw new ImportError([`${options.paths.join(", ")}: no .xlf or .xliff files found`]);
  const site = loadSiteData(options.content);
  const content = validateContent(options.content, site, options.layouts);
  const source = site.locales.find((l) => l.code === DEFAULT_LOCALE)!;
  const targets = site.locales.filter((l) => l.code !== DEFAULT_LOCALE);
  const problems: string[] = [];
  const plans: Planned[] = [];
  const claimed = new Map<string, string>();
  for (const xliff of files) {
    const report = reporter(problems, xliff);
    let read: ReadXliff;
    try {
      read = readXliff(readFileSync(xliff, "utf8"));
    } catch (error) {
      if (!(error instanceof XliffProblem)) throw error;
      report(error.message, error.unit);
      continue;
    }
    const locale = targets.find((l) => l.lang.toLowerCase() === read.trgLang.toLowerCase());
    if (read.srcLang.toLowerCase() !== source.lang.toLowerCase()) report(`srcLang "${read.srcLang}" (expected "${source.lang}": the English pages are the source)`);
    else if (!locale) report(`trgLang "${read.trgLang}" is not a translation language of this site (expected one of ${targets.map((l) => l.lang).join(", ")})`);
    else if (read.original === `_data/i18n/${DEFAULT_LOCALE}.json`) {
      const plan = planInterface(read, site, options.content, locale.code, report);
      if (plan) plans.push(plan);
    } else {
      const english = content.find((f) => f.locale === DEFAULT_LOCALE && `${DEFAULT_LOCALE}/${f.relative.split(path.sep).join("/")}` === read.original);
      const translated = english && content.find((f) => f.locale === locale.code && f.data.translationKey === english.data.translationKey);
      if (!english) report(`original "${read.original}" is not an English page of this site`);
      else if (!translated) report(`there is no ${locale.code} translation of ${english.relative} to import into yet: copy the English file to ${locale.code}/${english.relative} first`);
      else if (claimed.has(translated.file)) report(`${translated.file} is also imported from ${claimed.get(translated.file)}: one file per page`);
      else {
        claimed.set(translated.file, xliff);
        const plan = planPage(read, english, translated, locale.code, report, sourceHash(readFileSync(english.file)));
        if (plan) plans.push(plan);
      }
    }
  }
  if (problems.length) throw new ImportError(problems);
  for (const plan of plans) writeFileSync(plan.file, plan.after);
  return { changed: plans.map((p) => p.file), summaries: plans.map((p) => p.summary) };
}
