// Text read out of PDFs (pdftotext) as tests compare it with the text a page or printable was made from.

/** White space (and soft hyphens) collapsed, typographic apostrophes straight. */
export const squash = (s: string): string => s.replace(/[\s\u00ad]+/g, " ").replace(/[’]/g, "'").trim();

/**
 * Text as compared: squashed, and for right-to-left text also without bidi marks, spaces and vowel
 * marks, because pdftotext wraps Arabic runs in embedding marks, splits words where joined glyphs
 * meet ("الش راكة") and puts a shadda or tanween before its letter; the letters and their order are still checked.
 *
 * @example
 * comparable("Practice  tips", "ltr") // → "Practice tips"
 */
export const comparable = (s: string, dir: string): string =>
  dir === "rtl" ? s.normalize("NFKC").replace(/[\s\u00ad\u200e\u200f\u202a-\u202e\u064b-\u065f\u0670]+/g, "") : squash(s);
