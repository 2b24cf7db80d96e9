/**
 * Where the PDF of a reference page itself is: beside the page, named for it (the print stage prints
 * the page with its own print stylesheet; citation_pdf_url names it).
 *
 * @example
 * pagePdf("/en/policy/cross-systems-collaboration/") // → "/en/policy/cross-systems-collaboration/cross-systems-collaboration.pdf"
 */
export function pagePdf(url: string): string {
  return `${url}${url.split("/").filter(Boolean).at(-1)}.pdf`;
}
