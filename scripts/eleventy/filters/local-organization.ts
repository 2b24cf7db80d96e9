/**
 * The local help's details in a language: its own wording where organization.json has a
 * translation for that language, the original elsewhere (numbers and addresses never change).
 *
 * @example
 * localOrganization({ text: "Text START to 88788", translations: { es: { text: "Envíe START al 88788" } } }, "es").text // → "Envíe START al 88788"
 */
export function localOrganization<T extends { translations?: Record<string, Partial<Record<string, string>>> }>(organization: T, code: string): T {
  return { ...organization, ...(organization.translations?.[code] ?? {}) };
}
