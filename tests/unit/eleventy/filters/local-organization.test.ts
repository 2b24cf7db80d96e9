import { expect, test } from "vitest";
import { localOrganization } from "../../../../scripts/eleventy/filters/local-organization.ts";

const hotline = { name: "Hotline", phone: "1-800-799-7233", text: "Text START to 88788", note: "Free.", translations: { es: { text: "Envíe START al 88788" } } };

test("a language with a translation gets its wording; what it does not translate stays", () => {
  const es = localOrganization(hotline, "es");
  expect([es.text, es.note, es.phone, es.name]).toEqual(["Envíe START al 88788", "Free.", "1-800-799-7233", "Hotline"]);
});

test("a language without one gets the original", () => {
  expect(localOrganization(hotline, "ko").text).toBe("Text START to 88788");
  const plain: { text: string; translations?: Record<string, Partial<Record<string, string>>> } = { text: "x" };
  expect(localOrganization(plain, "es").text).toBe("x");
});
