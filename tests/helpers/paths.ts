import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = path.join(ROOT, "dist");
export const CONTENT = path.join(ROOT, "content");
export const FIXTURES = path.join(ROOT, "tests", "fixtures");
/** The frozen fixture site (tests/fixtures/site/README.md): what exact-string and fault-injection tests build. */
export const FIXTURE_CONTENT = path.join(FIXTURES, "site", "content");
/** Where the test run's global setup builds the fixture site (tests/helpers/fixture-site.ts). */
export const FIXTURE_DIST = path.join(ROOT, ".fixture-dist");
