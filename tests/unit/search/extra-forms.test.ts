import { describe, expect, test } from "vitest";
import { dStrokeAsD, koreanStems, searchableQuery } from "../../../assets/js/search-terms.js";
import { EXTRA_FORM_RULE_NAMES, extraForms } from "../../../scripts/search/extra-forms.ts";

describe("Korean particles", () => {
  test("a noun is found inside its particle forms", () => {
    expect(koreanStems("안전을")).toEqual(["안전"]);
    expect(koreanStems("안전은")).toEqual(["안전"]);
    expect(koreanStems("피해자에게")).toEqual(["피해자"]);
    expect(koreanStems("프로그램에서는")).toEqual(["프로그램"]);
  });

  test("a noun made a verb or adjective with 하다 gives the noun", () => {
    expect(koreanStems("안전하게")).toEqual(["안전"]);
    expect(koreanStems("안전한")).toEqual(["안전"]);
    expect(koreanStems("지원하는")).toEqual(["지원"]);
    expect(koreanStems("위한")).toEqual([]); // 위 alone is too short to be sure
  });

  test("at most two particles are peeled, the plural 들 among them", () => {
    expect(koreanStems("아이들에게")).toEqual(["아이들", "아이"]);
  });

  test("a stem of one syllable, a bare noun, or a non-Hangul word gives nothing", () => {
    expect(koreanStems("아이")).toEqual([]); // 아 + 이 would be a different word
    expect(koreanStems("안전")).toEqual([]);
    expect(koreanStems("safety")).toEqual([]);
    expect(koreanStems("APIP는")).toEqual([]);
  });

  test("a page's extra forms are its stems, once, without words already standing alone", () => {
    const text = "프로그램은 피해자의 안전을 최우선으로 생각합니다. 피해자에게 연락할 때는 안전은 물론 안전 계획도 중요합니다.";
    const forms = extraForms(text, ["ko-particles"]);
    expect(forms).toEqual(expect.arrayContaining(["프로그램", "피해자", "최우선", "계획"]));
    expect(forms).not.toContain("안전"); // already a word of its own in the text
    expect(new Set(forms).size).toBe(forms.length);
  });

  test("a query typed with particles searches for the noun", () => {
    expect(searchableQuery("안전을  계획은", ["ko-particles"])).toBe("안전 계획");
    expect(searchableQuery("안전을", [])).toBe("안전을");
  });
});

describe("Vietnamese đ", () => {
  test("words with đ are also indexed with d, so a query typed without it finds them", () => {
    expect(dStrokeAsD("đình")).toEqual(["dình"]);
    expect(dStrokeAsD("Đà")).toEqual(["Dà"]);
    expect(dStrokeAsD("toàn")).toEqual([]);
    expect(extraForms("Bạo lực gia đình", ["d-stroke-as-d"])).toEqual(["dình"]);
  });
});

test("no rules, no extra forms; every rule has a name locales.json can use", () => {
  expect(extraForms("안전을 지킵니다", [])).toEqual([]);
  expect(EXTRA_FORM_RULE_NAMES).toEqual(["ko-particles", "d-stroke-as-d"]);
});
