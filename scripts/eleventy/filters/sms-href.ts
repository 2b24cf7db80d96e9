/**
 * A text-message line as an sms: link, with its message when it has one (the "?&body=" form both
 * Android and iOS read).
 *
 * @example
 * smsHref({ number: "88788", body: "START" }) // → "sms:88788?&body=START"
 */
export function smsHref(sms: { number: string; body?: string }): string {
  return `sms:${sms.number}${sms.body ? `?&body=${encodeURIComponent(sms.body)}` : ""}`;
}
