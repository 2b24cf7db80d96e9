import { describe, expect, test } from "vitest";
import { packetsOf, packetUrl, PRINT_LAYOUTS } from "../../../scripts/eleventy/printables.ts";

describe("packetsOf", () => {
  test("one packet per language and section that has handouts, in section order", () => {
    const files = [
      { locale: "en", data: { format: "handout", section: "policy" } },
      { locale: "en", data: { format: "handout", section: "vc" } },
      { locale: "en", data: { format: "handout", section: "vc" } },
      { locale: "en", data: { format: "pocket-card", section: "cards-only" } },
      { locale: "es", data: { format: "handout", section: "vc" } },
      { locale: "en", data: { section: "vc" } },
    ];
    const sections = [{ id: "vc", order: 1 }, { id: "policy", order: 2 }, { id: "cards-only", order: 3 }];
    expect(packetsOf(files, sections)).toEqual([{ code: "en", section: "vc" }, { code: "es", section: "vc" }, { code: "en", section: "policy" }]);
    expect(packetUrl({ code: "es", section: "vc" })).toBe("/es/print/packet-vc/");
  });

  test("each printable format has its own layout", () => {
    expect(PRINT_LAYOUTS).toEqual({ "pocket-card": "pocket-card.njk", handout: "handout.njk" });
  });
});
