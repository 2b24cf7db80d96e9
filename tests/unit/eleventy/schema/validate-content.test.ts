import path from "node:path";
import { expect, test } from "vitest";
import { frontMatterYaml, validateContent } from "../../../../scripts/eleventy/schema/validate-content.ts";
import { loadSiteData } from "../../../../scripts/eleventy/site-data.ts";
import { CONTENT, FIXTURE_CONTENT, ROOT } from "../../../helpers/paths.ts";

const layouts = path.join(ROOT, "layouts");

test("front matter is read through the parse it is given (the build's memo), once per file", () => {
  const texts: string[] = [];
  const files = validateContent(FIXTURE_CONTENT, loadSiteData(FIXTURE_CONTENT), layouts, {
    parseYaml: (text) => {
      texts.push(text);
      return frontMatterYaml(text);
    },
  });
  expect(texts).toEqual(files.map((f) => f.frontMatter));
});

// The build keeps these parses between builds as JSON: every page's must come back the same.
test.each([["the fixture", FIXTURE_CONTENT], ["the real content", CONTENT]])("the front matter of %s survives JSON as read", (_name, content) => {
  const files = validateContent(content, loadSiteData(content), layouts);
  expect(files.length).toBeGreaterThan(10);
  for (const { file, frontMatter } of files) {
    const data = frontMatterYaml(frontMatter);
    expect(JSON.parse(JSON.stringify(data)), file).toEqual(data);
  }
});

test("YAML's core schema: a date stays as written, so the schema can tell a real one", () => {
  expect(frontMatterYaml("lastReviewed: 2026-13-45\n")).toEqual({ lastReviewed: "2026-13-45" });
});
