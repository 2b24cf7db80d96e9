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

describe("printOutputs of the editions", () => {
  test("a bilingual handout: Letter and A4 beside the handout's own, named <slug>-bilingual-…", () => {
    expect(printOutputs("/ar/print/advocate-tips-handout/bilingual/", "bilingual").map((o) => [o.file, o.paper, o.role])).toEqual([
      ["/ar/print/advocate-tips-handout-bilingual-letter.pdf", "letter", "page"],
      ["/ar/print/advocate-tips-handout-bilingual-a4.pdf", "a4", "page"],
    ]);
  });

  test("a discreet card: <slug>-discreet.pdf and its sheets, each saved under the neutral name", () => {
    const outputs = printOutputs("/es/print/partnering-card/discreet/", "discreet");
    expect(outputs.map((o) => [o.file, o.role, o.downloadAs, o.suffix])).toEqual([
      ["/es/print/partnering-card-discreet.pdf", "page", "print.discreet.fileName", ""],
      ["/es/print/partnering-card-discreet-letter.pdf", "sheet", "print.discreet.fileName", "-letter"],
      ["/es/print/partnering-card-discreet-a4.pdf", "sheet", "print.discreet.fileName", "-a4"],
    ]);
  });
});
