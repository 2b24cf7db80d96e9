/**
 * A phone number as a tel: link, only the digits and + a phone dials.
 *
 * @example
 * telHref("1-800-799-7233") // → "tel:18007997233"
 */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, "")}`;
}
