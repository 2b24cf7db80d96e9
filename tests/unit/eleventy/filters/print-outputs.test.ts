import { describe, expect, test } from "vitest";
import { printOutputs } from "../../../../scripts/eleventy/filters/print-outputs.ts";

describe("printOutputs", () => {
  test("a pocket card: trim size for print shops, then Letter and A4 sheets", () => {
    expect(printOutputs("/en/print/partnering-card/", "pocket-card").map(({ file, paper, role }) => [file, paper, role])).toEqual([
      ["/en/print/partnering-card.pdf", "trim", "page"],
      ["/en/print/partnering-card-letter.pdf", "letter", "sheet"],
      ["/en/print/partnering-card-a4.pdf", "a4", "sheet"],
    ]);
  });

  test("a handout or packet: the page on Letter and on A4, named beside its URL", () => {
    expect(printOutputs("/ar/print/packet-policy/", "packet").map((o) => [o.file, o.paper, o.role])).toEqual([
      ["/ar/print/packet-policy-letter.pdf", "letter", "page"],
      ["/ar/print/packet-policy-a4.pdf", "a4", "page"],
    ]);
    expect(printOutputs("/en/print/x/", "handout").every((o) => o.labelKey.startsWith("print.paper."))).toBe(true);
  });
});
