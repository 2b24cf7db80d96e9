// The contract between Eleventy (which knows what a printable is) and the print stage (which
// only prints URLs): /print-manifest.json, written by scripts/eleventy/printables.ts.
import { z } from "zod";

/** Sheet sizes for print-at-home files (kept with the sheet geometry, which the browser shares). */
export { PAPER } from "./sheet-plan.ts";

const sheetSchema = z.object({
  /** Output file (site path). */
  file: z.string().startsWith("/"),
  /** Paper name, for messages. */
  paper: z.string().min(1),
  width: z.number().positive(),
  height: z.number().positive(),
  /** Text alternatives of a sheet's front and back (the sheets are tagged as figures). */
  alt: z.tuple([z.string().min(1), z.string().min(1)]),
});

const renderSchema = z.object({
  /** Added to the print URL as ?paper=…; the page's own CSS picks its page size from it. */
  variant: z.string().min(1),
  /** The PDF of the page printed as it is. */
  file: z.string().startsWith("/"),
  /** The paper, for a page whose CSS names no page size (a reference page: it flows onto as many pages as it needs). */
  paper: z.enum(["letter", "a4"]).optional(),
  /** Identical copies of `file` under other names. */
  copies: z.array(z.string().startsWith("/")),
  /** PDFs (made by other jobs) appended after this one's pages. */
  append: z.array(z.string().startsWith("/")),
  /** The pages of `file` set n-up on sheets, front and back, with cut and fold marks. */
  sheets: z.array(sheetSchema),
});

const jobSchema = z.object({
  /** The content file (or folder) to name in messages. */
  source: z.string().min(1),
  /** What to call it in messages ("card", "handout", …). */
  kind: z.string().min(1),
  /** Locale code (messages) and BCP-47 tag (the PDF's /Lang). */
  code: z.string().min(1),
  lang: z.string().min(2),
  title: z.string().min(1),
  subject: z.string(),
  author: z.string().min(1),
  keywords: z.array(z.string()),
  /** YYYY-MM-DD: the PDF's creation and modification date, so the same input gives the same bytes. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The print page (HTML) to print. */
  url: z.string().startsWith("/"),
  /**
   * The page runs assets/js/print-fit.js: its type is fitted and its pages counted before it prints, and
   * the PDF must have that many. False for a page that flows onto as many pages as it needs.
   */
  fit: z.boolean(),
  /**
   * Stylesheets added to the page before it prints, which then carries <html data-paper-fonts>: the
   * self-hosted fonts a web page leaves to the reader's device on screen, so the PDF embeds small
   * subsets of the same fonts in every build instead of whatever the machine has.
   */
  stylesheets: z.array(z.string().startsWith("/")),
  /**
   * Words the printed pages and the PDF's metadata must not contain (case-insensitive, inside longer words
   * too): a discreet card's giveaway words. One found stops the build, naming the box it is in.
   */
  forbidden: z.array(z.string().min(1)).optional(),
  /** A PNG of the first page, this many CSS pixels wide. */
  thumbnail: z.object({ file: z.string().startsWith("/"), width: z.number().int().positive() }).optional(),
  renders: z.array(renderSchema).min(1),
});

export const manifestSchema = z.object({
  version: z.literal(1),
  /** Where the site is published: links in the PDFs point there, not at the local print server. */
  siteUrl: z.string().url(),
  jobs: z.array(jobSchema),
});

export type PrintManifest = z.infer<typeof manifestSchema>;
export type PrintJob = z.infer<typeof jobSchema>;
export type PrintRender = z.infer<typeof renderSchema>;
export type SheetSpec = z.infer<typeof sheetSchema>;

/** Where Eleventy writes the manifest in the built site. */
export const MANIFEST_PATH = "/print-manifest.json";
