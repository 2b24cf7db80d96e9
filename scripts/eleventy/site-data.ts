import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ContentError, throwIfAny } from "./content-error.ts";
import { loadDictionaries, type Dictionaries } from "./i18n/dictionaries.ts";
import { loadLocales, publishedLocales, type Locale } from "./i18n/locales.ts";
import { describeZodIssue } from "./schema/describe-issue.ts";
import { productionNoteIn } from "./schema/production-note.ts";

const sourceSchema = z
  .object({
    title: z.string().min(1),
    /** BCP-47 tag of the language the document is written in: its title and notes are marked with it on every page. */
    lang: z.string().min(2),
    container: z.string().min(1).nullable(),
    publisher: z.string().min(1).nullable(),
    publisherKnown: z.boolean(),
    year: z.number().int().nullable(),
    url: z.string().url().nullable(),
    type: z.enum(["webpage", "report"]),
    /** A document the guide is built from, or a public reference cited for common advice the documents do not give (online safety). */
    role: z.enum(["document", "public-reference"]),
    notes: z.string().min(1),
  })
  .strict();

const sectionSchema = z
  .object({
    id: z.string().regex(/^[a-z-]+$/),
    order: z.number().int(),
    /** How pages of this section are cited: as web pages (the default) or as reports (policy briefs). */
    citeAs: z.enum(["webpage", "report"]).optional(),
  })
  .strict();

const organizationSchema = z
  .object({
    /** BCP-47 tag of the language the wording below is written in (pages in other languages mark it with it). */
    lang: z.string().min(2),
    name: z.string().min(1),
    phone: z.string().min(1),
    tty: z.string().min(1).optional(),
    text: z.string().min(1),
    /** The text line as an sms: link (the number to text and the message), when the line is one. */
    sms: z.object({ number: z.string().regex(/^[0-9+]+$/, "digits only, as a phone dials them"), body: z.string().min(1).optional() }).strict().optional(),
    website: z.string().url(),
    websiteLabel: z.string().min(1),
    hours: z.string().min(1),
    note: z.string().min(1).optional(),
    /** The wording in other languages, by locale code (phone numbers and addresses stay as they are). */
    translations: z
      .record(z.string(), z.object({ name: z.string().min(1), text: z.string().min(1), hours: z.string().min(1), note: z.string().min(1) }).partial().strict())
      .optional(),
  })
  .strict();

const siteSchema = z
  .object({
    /** Where the site is published: canonical URLs, QR codes and citations use it. */
    url: z.string().url().refine((u) => !u.endsWith("/"), "no trailing slash"),
    shortUrl: z.string().min(1),
    neutralExitUrl: z.string().url(),
    /** The tab's title while the quick exit leaves: says nothing about this site (and is never empty). */
    neutralExitTitle: z.string().min(1),
  })
  .strict();

const glossarySchema = z.array(
  z.object({ id: z.string().regex(/^[a-z0-9-]+$/), term: z.string().min(1), definition: z.string().min(1), sources: z.array(z.string()).min(1) }).strict(),
);

/** A language's small function words ("what", "the", "¿cómo"), which the search page leaves out of a query. */
const stopWordsSchema = z.array(z.string().regex(/^\S+$/u, "one word, without spaces").refine((w) => w === w.toLocaleLowerCase(), "a word in lower case")).min(1);

/** Phrases that mark a note about our copy of a source ("did not survive"), which belongs in a YAML comment, not in reader text. */
const productionNotesSchema = z.record(z.string(), z.array(z.string().trim().min(3)).min(1));
/** Two characters at least: a Chinese or Korean word may be two. */
const giveawayWordsSchema = z.record(z.string(), z.array(z.string().trim().min(2)).min(1));

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), "a real calendar date (YYYY-MM-DD)");

/** Dated changes, any order in the file; each names the translationKeys it changed, or "*" for every page. */
const changelogSchema = z.array(
  z
    .object({
      date: isoDay,
      /** What changed, by language code; English is required, other languages fall back to it. */
      summary: z.record(z.string(), z.string().trim().min(1)).refine((s) => typeof s.en === "string", "an English summary under \"en\""),
      pages: z.union([z.literal("*"), z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a translationKey")).min(1)]),
    })
    .strict(),
);

export type Source = z.infer<typeof sourceSchema>;
export type ChangelogEntry = z.infer<typeof changelogSchema>[number];
export type Section = z.infer<typeof sectionSchema>;
export type SiteConfig = z.infer<typeof siteSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>[number];

export interface SiteData {
  site: SiteConfig;
  /** Published languages; a language with "published": false is skipped everywhere. */
  locales: Locale[];
  /** Codes of languages listed but not yet published (their content folders are not built). */
  unpublished: string[];
  dictionaries: Dictionaries;
  sources: Record<string, Source>;
  sections: Section[];
  organization: Organization;
  glossary: Record<string, GlossaryEntry[]>;
  /** content/_data/productionNotes.json: phrases of editors' notes about our copy of the sources, by locale code, refused in reader text. */
  productionNotes: Record<string, string[]>;
  /** content/_data/searchStopWords/<code>.json, by locale code (a language may have none). */
  searchStopWords: Record<string, string[]>;
  /** content/_data/giveawayWords.json: by locale code, words a discreet pocket card must never carry (its cover, inside or metadata). */
  giveawayWords: Record<string, string[]>;
  /** content/_data/changelog.json: dated changes to the pages. */
  changelog: ChangelogEntry[];
}

/** Reads one JSON data file and checks it against its schema, naming the file and field on failure. */
export function readJson<T>(file: string, schema: z.ZodType<T>): T {
  if (!existsSync(file)) throw new ContentError(file, "(file)", "this data file to exist", "no such file");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ContentError(file, "(file)", "valid JSON", (error as Error).message);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(file, issue.path.join(".") || "(root)", describeZodIssue(issue));
  }
  return parsed.data;
}

/**
 * content/_data/site.json, checked, with the SITE_URL environment variable (one build's published
 * address) in place of its url when set; `urlFrom` says which the url came from.
 *
 * @example
 * loadSiteConfig("content/_data") // → { site: { url: "https://advocate-field-guide.example", … }, urlFrom: "site.json" }
 */
export function loadSiteConfig(dataDir: string, env: NodeJS.ProcessEnv = process.env): { site: SiteConfig; urlFrom: "site.json" | "SITE_URL" } {
  const site = readJson(path.join(dataDir, "site.json"), siteSchema);
  if (!env.SITE_URL) return { site, urlFrom: "site.json" };
  if (!z.string().url().safeParse(env.SITE_URL).success) {
    throw new ContentError("SITE_URL", "(environment variable)", "an absolute address such as https://guide.your-agency.org", `"${env.SITE_URL}"`);
  }
  return { site: { ...site, url: env.SITE_URL.replace(/\/$/, "") }, urlFrom: "SITE_URL" };
}

/**
 * Loads and checks every file in `content/_data`: the single place site data is read.
 *
 * @example
 * loadSiteData("content").locales.map((l) => l.code) // → ["en", "es", …]
 */
export function loadSiteData(inputDir: string): SiteData {
  const dataDir = path.join(inputDir, "_data");
  const listed = loadLocales(dataDir);
  const locales = publishedLocales(listed);
  const errors: Error[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      errors.push(error as Error);
      return undefined;
    }
  };
  const dictionaries = attempt(() => loadDictionaries(dataDir, locales));
  const sources = attempt(() => readJson(path.join(dataDir, "sources.json"), z.record(z.string(), sourceSchema)));
  const sections = attempt(() => readJson(path.join(dataDir, "sections.json"), z.array(sectionSchema).min(1)));
  const organization = attempt(() => readJson(path.join(dataDir, "organization.json"), organizationSchema));
  const known = listed.map((l) => l.code);
  errors.push(...unknownLanguages(path.join(dataDir, "organization.json"), "translations.", organization?.translations, known));
  const site = attempt(() => loadSiteConfig(dataDir).site);
  const changelog = attempt(() => readJson(path.join(dataDir, "changelog.json"), changelogSchema));
  const glossary: Record<string, GlossaryEntry[]> = {};
  for (const { code } of locales) {
    const file = path.join(dataDir, "glossary", `${code}.json`);
    if (existsSync(file)) attempt(() => (glossary[code] = readJson(file, glossarySchema)));
  }
  const productionNotes = attempt(() => readJson(path.join(dataDir, "productionNotes.json"), productionNotesSchema)) ?? {};
  errors.push(...unknownLanguages(path.join(dataDir, "productionNotes.json"), "", productionNotes, known));
  errors.push(...productionNotesInDictionaries(dataDir, dictionaries ?? {}, productionNotes));
  const searchStopWords = attempt(() => loadStopWords(path.join(dataDir, "searchStopWords"), known)) ?? {};
  const giveawayWords = attempt(() => readJson(path.join(dataDir, "giveawayWords.json"), giveawayWordsSchema)) ?? {};
  errors.push(...unknownLanguages(path.join(dataDir, "giveawayWords.json"), "", giveawayWords, known));
  throwIfAny(errors);
  return { productionNotes, searchStopWords, giveawayWords, site: site!, locales, unpublished: listed.filter((l) => !l.published).map((l) => l.code), dictionaries: dictionaries!, sources: sources!, sections: sections!, organization: organization!, glossary, changelog: changelog! };
}

/** Each language's stop-word list, by the file's name, which must be a language code from locales.json. */
function loadStopWords(dir: string, known: string[]): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  if (!existsSync(dir)) return lists;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const code = file.replace(/\.json$/, "");
    if (!known.includes(code)) throw new ContentError(path.join(dir, file), "(file name)", `a language code from locales.json (${known.join(", ")})`, `"${code}"`);
    lists[code] = readJson(path.join(dir, file), stopWordsSchema);
  }
  return lists;
}

/** An error for each key of a by-language record that is not a language code from locales.json. */
function unknownLanguages(file: string, fieldPrefix: string, byLanguage: Record<string, unknown> | undefined, known: string[]): ContentError[] {
  return Object.keys(byLanguage ?? {})
    .filter((code) => !known.includes(code))
    .map((code) => new ContentError(file, `${fieldPrefix}${code}`, `a language code from locales.json (${known.join(", ")})`, `"${code}"`));
}

/** UI strings that carry a production-note phrase of their language (reader text, like a page's). */
function productionNotesInDictionaries(dataDir: string, dictionaries: Dictionaries, productionNotes: Record<string, string[]>): ContentError[] {
  return Object.entries(dictionaries).flatMap(([code, dictionary]) =>
    Object.entries(dictionary).flatMap(([key, value]) => {
      const note = productionNoteIn(value, productionNotes[code] ?? []);
      return note ? [new ContentError(path.join(dataDir, "i18n", `${code}.json`), key, "reader text without notes about our copy of the sources", `"${note}"`)] : [];
    }),
  );
}
