/**
 * The bilingual editions a print page offers: the English handout's page every language's, a
 * translated handout's page its own.
 *
 * @example
 * editionsOf([{ printUrl: "/es/print/x/", sourcePrintUrl: "/en/print/x/" }], "/en/print/x/").length // → 1
 */
export function editionsOf<T extends { printUrl: string; sourcePrintUrl: string }>(editions: T[], url: string): T[] {
  return editions.filter((e) => e.printUrl === url || e.sourcePrintUrl === url);
}
