// Types for assets/js/search-terms.js, the word-form rules shared by the search stage and the search page.
declare module "*/search-terms.js" {
  export function koreanStems(word: string): string[];
  export function dStrokeAsD(word: string): string[];
  export const RULES: Record<string, { forms: (word: string) => string[]; query?: (word: string) => string }>;
  export function searchableQuery(query: string, rules: string[]): string;
}
