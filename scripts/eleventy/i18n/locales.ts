import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ContentError } from "../content-error.ts";
import { describeZodIssue } from "../schema/describe-issue.ts";
import { EXTRA_FORM_RULE_NAMES } from "../../search/extra-forms.ts";

export const localeSchema = z.object({
  code: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/, "a lowercase URL code such as en or zh-hans"),
  lang: z.string().min(2),
  dir: z.enum(["ltr", "rtl"]),
  label: z.string().min(1),
  /** @fontsource families the paper embeds (printables and reference-page PDFs). Web pages load no font: the device's own serve. */
  fonts: z.array(z.string().min(1)).min(1),
  /** The body type on screen, from the device's own fonts (a CSS font-family list, generic families last), where base.css's system-ui stack does not serve. */
  screenFontStack: z.array(z.string().min(1)).min(1).optional(),
  /** The body type on paper: only the self-hosted families of `fonts`, so every build embeds the same fonts. */
  printFontStack: z.array(z.string().min(1)).min(1).default(["Noto Sans", "sans-serif"]),
  /** CSS line breaking for the language's text, e.g. "keep-all" so Korean breaks between words. */
  wordBreak: z.enum(["normal", "keep-all", "break-all"]).optional(),
  lineBreak: z.enum(["auto", "loose", "normal", "strict", "anywhere"]).optional(),
  /** false for scripts with no true italic (Arabic, Chinese, Korean): emphasis stays upright. */
  italic: z.boolean().optional(),
  /** false while a language is being prepared: its folder is skipped and it is not built. */
  published: z.boolean().default(true),
  /** Word forms the search index adds for this language (scripts/search/extra-forms.ts), e.g. ["ko-particles"]. */
  searchExtraForms: z.array(z.enum(EXTRA_FORM_RULE_NAMES)).optional(),
});

export type Locale = z.infer<typeof localeSchema>;

/** The language every other language is translated from and falls back to. */
export const DEFAULT_LOCALE = "en";

/**
 * Reads and checks `locales.json`, the one list of languages.
 *
 * @example
 * loadLocales("content/_data") // → [{ code: "en", lang: "en", dir: "ltr", … }]
 */
export function loadLocales(dataDir: string): Locale[] {
  const file = path.join(dataDir, "locales.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ContentError(file, "(file)", "valid JSON", (error as Error).message);
  }
  const parsed = z.array(localeSchema).min(1).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(file, issue.path.join(".") || "(root)", describeZodIssue(issue));
  }
  const codes = parsed.data.map((l) => l.code);
  if (!codes.includes(DEFAULT_LOCALE)) throw new ContentError(file, "code", `an entry for "${DEFAULT_LOCALE}", the source language`);
  const dupe = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dupe) throw new ContentError(file, "code", "each code once", `"${dupe}" twice`);
  return parsed.data;
}

/**
 * The published languages only: what the site is built in.
 *
 * @example
 * publishedLocales(loadLocales("content/_data")).map((l) => l.code) // → ["en", "es", …]
 */
export function publishedLocales(locales: Locale[]): Locale[] {
  return locales.filter((l) => l.published);
}
