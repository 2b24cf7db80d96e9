/**
 * The layout a content file renders with: its own `layout`, else one named after
 * its printable `format`, else the reference page layout.
 *
 * @example
 * layoutOf({ format: "pocket-card" }) // → "pocket-card.njk"
 */
export function layoutOf(data: { layout?: string; format?: string }): string {
  return data.layout ?? (data.format ? `${data.format}.njk` : "page.njk");
}
