import path from "node:path";
import { expect, test } from "vitest";
import { firstSourcePages } from "../../../scripts/dev/source-pages.ts";
import { FIXTURE_CONTENT } from "../../helpers/paths.ts";

test("the first reference page and printable of the source language, by file name, with their URLs", () => {
  expect(firstSourcePages(FIXTURE_CONTENT)).toEqual({
    reference: { file: path.join(FIXTURE_CONTENT, "en", "about", "for-trainers.md"), urlPath: "/about/for-trainers/" },
    printable: { file: path.join(FIXTURE_CONTENT, "en", "print", "advocate-tips-handout.md"), urlPath: "/print/advocate-tips-handout/" },
  });
});
