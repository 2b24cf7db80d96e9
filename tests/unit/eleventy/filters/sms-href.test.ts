import { expect, test } from "vitest";
import { smsHref } from "../../../../scripts/eleventy/filters/sms-href.ts";

test("the number, and the message encoded when there is one", () => {
  expect(smsHref({ number: "88788", body: "START" })).toBe("sms:88788?&body=START");
  expect(smsHref({ number: "5550148", body: "HELP ME" })).toBe("sms:5550148?&body=HELP%20ME");
  expect(smsHref({ number: "5550148" })).toBe("sms:5550148");
});
