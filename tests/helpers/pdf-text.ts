// Reading PDFs back as a reader's tools see them: poppler's pdfinfo and pdftotext, and text in a form two
// PDFs of the same page can be compared in, whatever their line breaks.
import { execFileSync } from "node:child_process";

/** A poppler tool's output; each file is read once per tool and options however many tests ask. */
const ran = new Map<string, string>();
export function poppler(cmd: string, args: string[]): string {
  const key = [cmd, ...args].join("\0");
  if (!ran.has(key)) ran.set(key, execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
  return ran.get(key)!;
}

/** pdfinfo's page count, first page size (pt), title and whether the PDF is tagged. */
export function pdfInfo(file: string) {
  const out = poppler("pdfinfo", [file]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)![1]), width: Number(size[1]), height: Number(size[2]), title: /Title:\s+(.*)/.exec(out)?.[1]?.trim(), tagged: /Tagged:\s+yes/.test(out) };
}

export const squash = (s: string) => s.replace(/[\s\u00ad]+/g, " ").replace(/[’]/g, "'").trim();

/**
 * Text as compared: squashed, and for right-to-left text also without bidi marks, spaces and vowel
 * marks, because pdftotext wraps Arabic runs in embedding marks, splits words where joined glyphs
 * meet ("الش راكة") and puts a shadda or tanween before its letter; the letters and their order are still checked.
 *
 * @example
 * comparable("Practice  tips", "ltr") // → "Practice tips"
 */
export const comparable = (s: string, dir: string): string =>
  dir === "rtl" ? s.normalize("NFKC").replace(/[\s\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u065f\u0670]+/g, "") : squash(s);
