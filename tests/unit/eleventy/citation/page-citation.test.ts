import { describe, expect, test } from "vitest";
import { buildPageCitation, scriptJson } from "../../../../scripts/eleventy/citation/page-citation.ts";
import { policyPage, tipsPage } from "./fixtures.ts";

describe("buildPageCitation", () => {
  test("the fixture web page in APA 7, MLA 9 and Chicago author-date", () => {
    const citation = buildPageCitation(tipsPage);
    expect(citation.apa.text).toBe("Advocate Field Guide. (2026, November 23). Practice tips for victim contact advocates. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/");
    expect(citation.mla.text).toBe("“Practice Tips for Victim Contact Advocates.” Advocate Field Guide, 23 Nov. 2026, advocate-field-guide.example/en/victim-contact/tips-for-advocates/.");
    expect(citation.chicago.text).toBe("Advocate Field Guide. 2026. “Practice Tips for Victim Contact Advocates.” Advocate Field Guide. November 23, 2026. https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/.");
    expect(citation.highwireDate).toBe("2026/11/23");
  });

  test("the policy brief as a report, in all three styles", () => {
    const citation = buildPageCitation(policyPage);
    expect(citation.apa.text).toBe("Advocate Field Guide. (2026). Cross-systems collaboration for children and the non-abusive parent. https://advocate-field-guide.example/en/policy/cross-systems-collaboration/");
    expect(citation.mla.text).toBe("Cross-Systems Collaboration for Children and the Non-Abusive Parent. Advocate Field Guide, 23 Nov. 2026, advocate-field-guide.example/en/policy/cross-systems-collaboration/.");
    expect(citation.chicago.text).toBe("Advocate Field Guide. 2026. Cross-Systems Collaboration for Children and the Non-abusive Parent. Advocate Field Guide. https://advocate-field-guide.example/en/policy/cross-systems-collaboration/.");
  });

  test("the originals, with publisher not stated in the reader's words", () => {
    const citation = buildPageCitation({ ...tipsPage, publisherNotStated: "editorial no indicada" });
    expect(citation.sources).toEqual([
      expect.objectContaining({ id: "victim-contact-apip", apa: expect.objectContaining({ text: "Victim Contact in Abusive Partner Intervention: The Importance of Collaboration. (n.d.). [editorial no indicada]." }) }),
    ]);
  });

  test("schema.org: a WebPage (and Report) based on its sources; unknown publishers are left out, not guessed", () => {
    const ld = JSON.parse(buildPageCitation(policyPage).jsonLd);
    expect(ld["@type"]).toEqual(["WebPage", "Report"]);
    expect(ld).toMatchObject({ url: policyPage.url, inLanguage: "en", datePublished: "2026-11-23", lastReviewed: "2026-11-23", author: { "@type": "Organization", name: "Advocate Field Guide" } });
    expect(ld.isBasedOn).toEqual([{ "@type": "Report", name: policyPage.sources[0]!.title, url: "https://ctccfv.org/" }]);
    expect(ld.encoding).toMatchObject({ contentUrl: policyPage.pdf!.url, encodingFormat: "application/pdf" });
    expect(JSON.parse(buildPageCitation(tipsPage).jsonLd)["@type"]).toBe("WebPage");
  });

  test("known publishers are named in isBasedOn", () => {
    const source = { id: "m6", title: "Module 6", container: "Families Thrive training curriculum", publisher: "Families Thrive", publisherKnown: true, year: null, url: "https://familiesthrive.org/module-six-purpose/", type: "webpage" as const };
    const ld = JSON.parse(buildPageCitation({ ...tipsPage, sources: [source] }).jsonLd);
    expect(ld.isBasedOn[0].publisher).toEqual({ "@type": "Organization", name: "Families Thrive" });
  });
});

describe("scriptJson", () => {
  test("nothing in it can end the script element", () => {
    const json = scriptJson({ title: "</script><!-- & \u2028" });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ title: "</script><!-- & \u2028" });
  });
});
