// Two pages as the build sees them: a web page and the policy brief (cited as a report).
import type { PageCitationInput } from "../../../../scripts/eleventy/citation/page-citation.ts";

const common = {
  code: "en",
  lang: "en",
  siteName: "Advocate Field Guide",
  siteUrl: "https://advocate-field-guide.example",
  date: "2026-11-23",
  lastChanged: "2026-11-23",
  publisherNotStated: "publisher not stated",
};

export const tipsPage: PageCitationInput = {
  ...common,
  translationKey: "victim-contact-tips",
  title: "Practice tips for victim contact advocates",
  description: "What advocates who call victims for abusive partner intervention programs should do.",
  url: "https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/",
  type: "webpage",
  pdf: {
    url: "https://advocate-field-guide.example/en/victim-contact/tips-for-advocates/tips-for-advocates.pdf",
    path: "/en/victim-contact/tips-for-advocates/tips-for-advocates.pdf",
    title: "Practice tips for victim contact advocates",
  },
  sources: [
    { id: "victim-contact-apip", title: "Victim Contact in Abusive Partner Intervention: The Importance of Collaboration", container: null, publisher: null, publisherKnown: false, year: null, url: null, type: "report" },
  ],
};

export const policyPage: PageCitationInput = {
  ...common,
  translationKey: "policy-cross-systems",
  title: "Cross-systems collaboration for children and the non-abusive parent",
  description: "Why child welfare agencies and domestic violence providers need to work together.",
  url: "https://advocate-field-guide.example/en/policy/cross-systems-collaboration/",
  type: "report",
  pdf: {
    url: "https://advocate-field-guide.example/en/policy/cross-systems-collaboration/cross-systems-collaboration.pdf",
    path: "/en/policy/cross-systems-collaboration/cross-systems-collaboration.pdf",
    title: "Cross-systems collaboration for children and the non-abusive parent",
  },
  printable: {
    url: "https://advocate-field-guide.example/en/print/policy-brief-handout.pdf",
    path: "/en/print/policy-brief-handout.pdf",
    preview: "/en/print/policy-brief-handout/",
    title: "Cross-systems collaboration: policy brief summary",
  },
  sources: [
    { id: "cross-systems-brief", title: "Cross-systems Collaborations for Supporting Children and the Non-abusive Parent Involved with the Child Welfare System", container: null, publisher: "ctccfv.org (Connecticut)", publisherKnown: false, year: null, url: "https://ctccfv.org/", type: "report" },
  ],
};
