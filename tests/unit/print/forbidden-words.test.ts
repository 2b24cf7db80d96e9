import { describe, expect, test } from "vitest";
import { forbiddenWordIn } from "../../../scripts/print/forbidden-words.ts";

describe("forbiddenWordIn", () => {
  test("finds a word in any case and inside a longer word", () => {
    expect(forbiddenWordIn("Is it SAFE to talk?", ["violen", "safe"])).toBe("safe");
    expect(forbiddenWordIn("The abusive partner", ["abus"])).toBe("abus");
    expect(forbiddenWordIn("Family resources", ["safe", "abus"])).toBeUndefined();
  });

  test("other scripts: Chinese and Korean inside a sentence, Arabic with or without vowel marks", () => {
    expect(forbiddenWordIn("家庭暴力热线", ["暴力"])).toBe("暴力");
    expect(forbiddenWordIn("가정폭력 상담", ["폭력"])).toBe("폭력");
    expect(forbiddenWordIn("ضَحِيَّة", ["ضحية"])).toBe("ضحية");
    expect(forbiddenWordIn("موارد للأسرة", ["عنف", "ضحية"])).toBeUndefined();
  });

  test("Vietnamese: the same letters composed or decomposed", () => {
    expect(forbiddenWordIn("bạo lực".normalize("NFD"), ["bạo lực"])).toBe("bạo lực");
  });
});
