import { isIP } from "node:net";

/** Domains reserved for examples, tests and local names (RFC 2606, RFC 6761): never a published site. */
const RESERVED_ENDINGS = [".example", ".test", ".invalid", ".localhost", ".local"];
const EXAMPLE_DOMAINS = ["example.com", "example.org", "example.net", "localhost"];

/**
 * Why a site address cannot be where the guide is published, or "" when it can: a placeholder
 * (.example and the other reserved names, example.org/.com, localhost), an IP address, or plain http.
 *
 * @example
 * placeholderAddress("https://advocate-field-guide.example") // → "a .example address, reserved for examples"
 * placeholderAddress("https://guide.riverside-safety.org") // → ""
 */
export function placeholderAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "not an address";
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, "");
  const example = EXAMPLE_DOMAINS.find((d) => host === d || host.endsWith(`.${d}`));
  if (example) return example === "localhost" ? "localhost, this computer's own name" : `${example}, reserved for examples`;
  const ending = RESERVED_ENDINGS.find((e) => host.endsWith(e) || host === e.slice(1));
  if (ending) return `a ${ending} address, reserved for examples and local names`;
  if (isIP(host.replace(/^\[|\]$/g, ""))) return "an IP address, not a name readers can keep";
  if (parsed.protocol !== "https:") return "plain http: readers' pages would travel unencrypted";
  return "";
}
