import { expect, test } from "vitest";
import { mergeSections } from "../../../scripts/bench/merge-sections.ts";

test("a fresh section replaces the one of the same heading in place; the others stay; a new one is added last", () => {
  const previous = "# Benchmarks\n\nMachine.\n\n## Site\ns1\n\n## Print\np1\n\n## Dev\nd1\n";
  expect(mergeSections(previous, ["## Print\np2\n", "## Suite\nt\n"])).toEqual(["## Site\ns1\n", "## Print\np2\n", "## Dev\nd1\n", "## Suite\nt\n"]);
});

test("with no previous file, the fresh sections as they are", () => {
  expect(mergeSections("", ["## Print\np\n"])).toEqual(["## Print\np\n"]);
});
