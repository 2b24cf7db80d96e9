import { expect, test } from "vitest";
import { elements, text } from "../../../scripts/html/parse.ts";

test("finds elements by a test and decodes their text", () => {
  const found = elements('<div><a href="tel:1">Call &amp;\n text</a><a href="sms:2">Text</a></div>', (e) => e.name === "a");
  expect(found.map((e) => e.attribs.href)).toEqual(["tel:1", "sms:2"]);
  expect(text(found[0]!)).toBe("Call & text");
});

test("an attribute value with entities comes back decoded", () => {
  expect(elements('<a href="sms:1?&amp;body=START">x</a>', (e) => e.name === "a")[0]!.attribs.href).toBe("sms:1?&body=START");
});
