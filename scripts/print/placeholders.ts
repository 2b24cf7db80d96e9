import { DEFAULT_LOCALE } from "../eleventy/i18n/locales.ts";
// The catalog and the print pages are built before their PDFs exist; they carry placeholders
// that the print stage fills once the files are made (so a build without PDFs links none).
//   <a data-print-file="/x.pdf">          → <a href="/x.pdf">
//   <img data-print-src="/x.png">         → <img src="/x.png">
//   <span data-print-size="/x.pdf"></span>  → "48 kB" (in the page's language)
//   <span data-print-pages="/x.pdf"></span> → "2"
//   data-print-ready hidden               → shown;  data-print-pending → hidden

export interface MadeFile {
  bytes: number;
  pages?: number;
}

/**
 * A file size as readers of that language write it.
 *
 * @example
 * formatSize(48_213, "en") // → "48 kB"
 */
export function formatSize(bytes: number, lang: string): string {
  const mb = bytes >= 1_000_000;
  return new Intl.NumberFormat(lang, { style: "unit", unit: mb ? "megabyte" : "kilobyte", unitDisplay: "short", maximumFractionDigits: mb ? 1 : 0 }).format(
    mb ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)),
  );
}

/**
 * Fills the print placeholders of one HTML page. `missing` collects files a placeholder names
 * that were not made (the caller fails the build on them).
 *
 * @example
 * fillPlaceholders('<a data-print-file="/a.pdf">A</a>', (f) => ({ bytes: 2000, pages: 1 }), [])
 * // → '<a href="/a.pdf">A</a>'
 */
export function fillPlaceholders(html: string, lookup: (file: string) => MadeFile | undefined, missing: string[]): string {
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? DEFAULT_LOCALE;
  const need = (file: string): MadeFile | undefined => {
    const made = lookup(file);
    if (!made) missing.push(file);
    return made;
  };
  return html
    .replace(/data-print-file="([^"]+)"/g, (m, file: string) => (need(file) ? `href="${file}"` : m))
    .replace(/data-print-src="([^"]+)"/g, (m, file: string) => (need(file) ? `src="${file}"` : m))
    .replace(/(<span data-print-size="([^"]+)">)<\/span>/g, (m, open: string, file: string) => {
      const made = need(file);
      return made ? `${open}${formatSize(made.bytes, lang)}</span>` : m;
    })
    .replace(/(<span data-print-pages="([^"]+)">)<\/span>/g, (m, open: string, file: string) => {
      const made = need(file);
      return made?.pages ? `${open}${made.pages}</span>` : m;
    })
    .replace(/ data-print-ready hidden/g, " data-print-ready")
    .replace(/ data-print-pending(?! hidden)/g, " data-print-pending hidden");
}
