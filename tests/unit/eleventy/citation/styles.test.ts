import { describe, expect, test } from "vitest";
import { pageItem, type CslItem } from "../../../../scripts/eleventy/citation/csl.ts";
import { formatChicago, formatMla } from "../../../../scripts/eleventy/citation/styles.ts";
import { policyPage, tipsPage } from "./fixtures.ts";

const tips = pageItem(tipsPage);
const policy = pageItem(policyPage);

describe("formatMla", () => {
  test("a web page: title in quotes, the site in italics, day month year, the URL without its scheme", () => {
    expect(formatMla(tips)).toEqual({
      text: "“Practice Tips for Victim Contact Advocates.” Advocate Field Guide, 23 Nov. 2026, advocate-field-guide.example/en/victim-contact/tips-for-advocates/.",
      html: "“Practice Tips for Victim Contact Advocates.” <i>Advocate Field Guide</i>, 23 Nov. 2026, advocate-field-guide.example/en/victim-contact/tips-for-advocates/.",
    });
  });

  test("a report: the title in italics, then its publisher", () => {
    expect(formatMla(policy).html).toBe(
      "<i>Cross-Systems Collaboration for Children and the Non-Abusive Parent</i>. Advocate Field Guide, 23 Nov. 2026, advocate-field-guide.example/en/policy/cross-systems-collaboration/.",
    );
  });

  test("an author who is not the publisher is named first; months of four letters or fewer are not abbreviated", () => {
    const item: CslItem = { ...tips, author: [{ literal: "Someone Else" }], issued: { "date-parts": [[2026, 6, 5]] } };
    expect(formatMla(item).text).toBe("Someone Else. “Practice Tips for Victim Contact Advocates.” Advocate Field Guide, 5 June 2026, advocate-field-guide.example/en/victim-contact/tips-for-advocates/.");
  });

  test("titles in other languages keep their own capitalisation", () => {
    expect(formatMla({ ...tips, title: "Consejos para la práctica", language: "es" }).text).toMatch(/^“Consejos para la práctica\.”/);
  });

  test("HTML special characters are escaped in the HTML only", () => {
    const formatted = formatMla({ ...tips, title: "Fathers & <men>" });
    expect(formatted.text).toContain("“Fathers & <Men>.”");
    expect(formatted.html).toContain("“Fathers &amp; &lt;Men&gt;.”");
  });
});

describe("formatChicago", () => {
  test("a web page: author, year, title in quotes, site, full date, URL", () => {
    expect(formatChicago(tips)).toEqual({
      text: "Advocate Field Guide. 2026. “Practice Tips for Victim Contact Advocates.” Advocate Field Guide. November 23, 2026. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/.",
      html: "Advocate Field Guide. 2026. “Practice Tips for Victim Contact Advocates.” Advocate Field Guide. November 23, 2026. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/.",
    });
  });

  test("a report: the title in italics, then the publisher", () => {
    expect(formatChicago(policy).html).toBe(
      "Advocate Field Guide. 2026. <i>Cross-Systems Collaboration for Children and the Non-abusive Parent</i>. Advocate Field Guide. https://advocate-field-guide.example/en/policy/cross-systems-collaboration/.",
    );
  });

  test("a title ending in a question mark gets no period after it", () => {
    expect(formatChicago({ ...tips, title: "Why contact victims?" }).text).toContain("“Why Contact Victims?” Advocate Field Guide.");
  });
});
