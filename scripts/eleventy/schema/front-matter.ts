import { z } from "zod";

export const AUDIENCES = ["advocates", "apip-providers", "trainers", "policy-staff", "child-welfare"] as const;
export const FORMATS = ["pocket-card", "handout"] as const;

/** A calendar date: YAML gives a Date for 2026-11-23, anything else must be that shape too. */
const calendarDate = z.union([
  z.date().refine((d) => !Number.isNaN(d.getTime()), "a real calendar date"),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD")
    .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), "a real calendar date (YYYY-MM-DD)")
    .transform((s) => new Date(s)),
], { error: "a date written YYYY-MM-DD" });

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase words joined by hyphens");

/** Front matter of every Markdown page and printable; cross-file checks live in validate-content.ts. */
export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1),
    description: z.string().trim().min(1).max(160),
    /** Plain-language words and questions readers search with, in the page's language (indexed, never shown). */
    keywords: z.array(z.string().trim().min(2).max(80)).min(1).max(20).optional(),
    section: z.string().min(1),
    order: z.number().int().min(0).optional(),
    audience: z.array(z.enum(AUDIENCES)).min(1),
    sources: z.array(z.string().min(1)).min(1),
    translationKey: kebab,
    lastReviewed: calendarDate,
    layout: z.string().regex(/^[a-z-]+\.njk$/, "a layout file name such as page.njk").optional(),
    format: z.enum(FORMATS).optional(),
    subtitle: z.string().trim().min(1).optional(),
    pages: z.union([z.literal(1), z.literal(2)]).optional(),
    webPage: kebab.optional(),
    /** A pocket card's discreet edition: the paragraph ids (headings, paragraphs, list items) it keeps; read from the English card only. */
    discreet: z.array(kebab).optional(),
    translation: z
      .object({
        status: z.enum(["draft", "reviewed"]),
        /** Set by a person, never by a tool: who reviewed the translation, and when (both, and only, when status is reviewed). */
        reviewedBy: z.string().trim().min(1).optional(),
        reviewedOn: calendarDate.optional(),
        from: z.string({ error: "the 12-character hash printed by npm run i18n:status, in quotes if it is all digits" }).regex(/^[0-9a-f]{12}$/, "the 12-character hash printed by npm run i18n:status"),
        paragraphs: z.record(
          z.string().regex(/^(meta\.[a-z]+|[a-z0-9]+(-[a-z0-9]+)*)$/, "a paragraph id, or meta.title, meta.description, meta.subtitle, meta.keywords"),
          z.string({ error: "the 8-character hash npm run i18n:status prints, in quotes" }).regex(/^[0-9a-f]{8}$/, "the 8-character hash npm run i18n:status prints, in quotes"),
          { error: "per paragraph id, the hash of the English it was translated from (npm run i18n:status -- --record <file> prints the block)" },
        ),
      })
      .strict()
      .superRefine((t, ctx) => {
        if (t.status === "reviewed" && (!t.reviewedBy || !t.reviewedOn)) {
          ctx.addIssue({ code: "custom", path: [t.reviewedBy ? "reviewedOn" : "reviewedBy"], message: "status: reviewed only with the reviewer's name (reviewedBy) and the date of the review (reviewedOn, YYYY-MM-DD): a qualified person marks a translation reviewed, never a tool" });
        }
        if (t.status === "draft" && (t.reviewedBy || t.reviewedOn)) {
          ctx.addIssue({ code: "custom", path: [t.reviewedBy ? "reviewedBy" : "reviewedOn"], message: "no reviewer on a draft: set status: reviewed with reviewedBy and reviewedOn, or remove them" });
        }
      })
      .optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
