import { expect, test } from "vitest";
import { CONTENT_TYPES, TEXT_TYPES, contentTypeOf, securityHeaders } from "../../../scripts/server/rules.ts";

test("the security headers; HSTS only over https", () => {
  expect(securityHeaders({ https: false }).map(([name]) => name)).toEqual(["Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "Permissions-Policy"]);
  expect(Object.fromEntries(securityHeaders({ https: true }))).toMatchObject({ "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff", "Strict-Transport-Security": "max-age=31536000" });
});

test("types by extension, text with its charset, and the ones hosts tend not to know", () => {
  expect(contentTypeOf("/en/a/cite.bib")).toBe("application/x-bibtex; charset=utf-8");
  expect(contentTypeOf("x.ris")).toBe("application/x-research-info-systems; charset=utf-8");
  expect(contentTypeOf("x.ics")).toBe("text/calendar; charset=utf-8");
  expect(contentTypeOf("site.webmanifest")).toBe("application/manifest+json; charset=utf-8");
  expect(contentTypeOf("a.PDF")).toBe("application/pdf");
  expect(contentTypeOf("en_1a.pf_fragment")).toBe("application/octet-stream");
  expect(TEXT_TYPES).not.toContain(CONTENT_TYPES.woff2);
});
