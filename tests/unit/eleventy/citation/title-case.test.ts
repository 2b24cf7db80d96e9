import { describe, expect, test } from "vitest";
import { titleCase } from "../../../../scripts/eleventy/citation/title-case.ts";

describe("titleCase", () => {
  test.each([
    ["Practice tips for victim contact advocates", "Practice Tips for Victim Contact Advocates"],
    ["What victim contact is and why programs do it", "What Victim Contact Is and Why Programs Do It"],
    ["Training case studies: the Carlson and Choi families", "Training Case Studies: The Carlson and Choi Families"],
    ["Supporting children's safety and well-being", "Supporting Children's Safety and Well-Being"],
    ["Sharing what a victim says, safely", "Sharing What a Victim Says, Safely"],
    ["Why partner with programs for fathers and abusive men", "Why Partner with Programs for Fathers and Abusive Men"],
    ["What IPV means to a family in contact", "What IPV Means to a Family in Contact"],
    ["A guide to look into", "A Guide to Look Into"],
  ])("MLA: %s", (title, expected) => expect(titleCase(title, "mla")).toBe(expected));

  test("after a prefix that cannot stand alone, Chicago lowercases the second part; MLA does not", () => {
    const title = "Cross-systems collaboration for children and the non-abusive parent";
    expect(titleCase(title, "chicago")).toBe("Cross-Systems Collaboration for Children and the Non-abusive Parent");
    expect(titleCase(title, "mla")).toBe("Cross-Systems Collaboration for Children and the Non-Abusive Parent");
  });

  test("MLA lowercases every coordinating conjunction, Chicago only and, but, for, or, nor", () => {
    expect(titleCase("small yet safe", "mla")).toBe("Small yet Safe");
    expect(titleCase("small yet safe", "chicago")).toBe("Small Yet Safe");
  });
});
