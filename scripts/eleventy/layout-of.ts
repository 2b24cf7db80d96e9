import { PRINT_LAYOUTS } from "./printables.ts";

/**
 * The layout a content file renders with: its own `layout`, else its printable
 * format's layout, else the reference page layout.
 *
 * @example
 * layoutOf({ format: "pocket-card" }) // → "pocket-card.njk"
 */
export function layoutOf(data: { layout?: string; format?: string }): string {
  return data.layout ?? (data.format ? PRINT_LAYOUTS[data.format] : undefined) ?? "page.njk";
}
