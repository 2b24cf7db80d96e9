import { expect, test } from "vitest";
import { placeholderAddress } from "../../../../scripts/eleventy/filters/placeholder-address.ts";

test.each([
  ["https://advocate-field-guide.example", "a .example address"],
  ["https://guide.test", "a .test address"],
  ["http://localhost:8080", "localhost"],
  ["https://example.org", "example.org"],
  ["https://guide.example.com/", "example.com"],
  ["http://192.168.1.20", "an IP address"],
  ["https://[::1]:8443", "an IP address"],
  ["http://guide.riverside-safety.org", "plain http"],
  ["not a url", "not an address"],
])("%s is a placeholder: %s", (url, reason) => {
  expect(placeholderAddress(url)).toContain(reason);
});

test("a real https address is not", () => {
  expect(placeholderAddress("https://guide.riverside-safety.org")).toBe("");
  expect(placeholderAddress("https://examples.org")).toBe("");
});
