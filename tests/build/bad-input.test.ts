// Every bad-input fixture must stop the build with a message naming the file and field
// and what was expected, and leave the previous output folder byte-for-byte unchanged.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildHere, contentWith, englishOnly, hashTree, runBuild, type Edit } from "../helpers/build-fixture.ts";
import { FIXTURE_DIST, FIXTURES, ROOT } from "../helpers/paths.ts";

interface BadInput {
  description: string;
  /** Build options besides the defaults below (a release build). */
  options?: { release?: boolean };
  edits: Edit[];
  expect: string[];
  /** Files an error may name besides the edited ones (a file the edit makes necessary), and why. */
  alsoNamed?: string[];
  alsoNamedWhy?: string;
}

const dir = path.join(FIXTURES, "bad-input");
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ""), ...(JSON.parse(readFileSync(path.join(dir, f), "utf8")) as BadInput) }));

describe("bad input stops the build and leaves the previous output untouched", () => {
  test("the catalog has at least 25 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  // Built one after another by one long-lived build worker (tests/helpers/build-worker.ts); the last
  // tests below hold the command line itself to the same report and exit code.
  test.each(cases)("$name: $description", async ({ edits, options = {}, expect: expected, alsoNamed = [] }) => {
    // A fixture about English content is built in English only (faster); one about languages, as it is.
    const aboutEnglish = edits.every((e) => e.file.startsWith("en/") || (e.file.startsWith("_data/") && !/^_data\/(locales\.json|i18n\/|glossary\/)/.test(e.file)));
    const site = contentWith(aboutEnglish ? [englishOnly(), ...edits] : edits);
    try {
      // A previous output: any tree will do; it must come out identical.
      const out = path.join(site.dir, "out");
      cpSync(path.join(ROOT, "assets"), out, { recursive: true });
      const before = hashTree(out);
      const result = await buildHere({ content: site.content, out, print: false, search: false, ...options });
      expect(result.status, result.output).not.toBe(0);
      for (const fragment of expected) expect(result.output).toContain(fragment);
      // One mistake, errors about that mistake only: every file an error names is one the fixture edited.
      const named = [...result.output.matchAll(/^(?: {2}- )?(\S+?): /gm)].map((m) => path.resolve(ROOT, m[1]!)).filter((f) => f.startsWith(site.content));
      expect(named.length, result.output).toBeGreaterThan(0);
      const allowed = [...edits.map((e) => e.file), ...alsoNamed].map((f) => path.join(site.content, f));
      for (const file of named) expect(allowed, result.output).toContain(file);
      expect(result.output).toContain("left untouched");
      expect(hashTree(out)).toBe(before);
      expect(readdirSync(site.dir).filter((f) => f.startsWith(".staging"))).toEqual([]);
    } finally {
      site.cleanup();
    }
  });
});

test("the command line stops a bad build with the same report and a non-zero exit", () => {
  const { edits, expect: expected } = cases.find((c) => c.name === "unknown-audience")!;
  const site = contentWith([englishOnly(), ...edits]);
  try {
    const out = path.join(site.dir, "out");
    const result = runBuild(["--content", site.content, "--out", out, "--no-print", "--no-search"]);
    expect(result.status, result.output).toBe(1);
    for (const fragment of [...expected, "left untouched"]) expect(result.output).toContain(fragment);
  } finally {
    site.cleanup();
  }
});

test("a release refuses a placeholder SITE_URL, naming it and site.url, and builds for a real one", async () => {
  const site = contentWith([englishOnly()]);
  try {
    const out = path.join(site.dir, "out");
    const release = { content: site.content, out, print: false, search: false, release: true };
    const refused = await buildHere({ ...release, env: { SITE_URL: "http://localhost:8080" } });
    expect(refused.status, refused.output).toBe(1);
    for (const fragment of ['SITE_URL (environment variable): expected the https address', '"http://localhost:8080": localhost', "site.url", "left untouched"]) expect(refused.output).toContain(fragment);
    expect(existsSync(out)).toBe(false);

    const built = await buildHere({ ...release, env: { SITE_URL: "https://guide.riverside-safety.org/" } });
    expect(built.status, built.output).toBe(0);
    const page = readFileSync(path.join(out, "en", "victim-contact", "tips-for-advocates", "index.html"), "utf8");
    expect(page).toContain('<link rel="canonical" href="https://guide.riverside-safety.org/en/victim-contact/tips-for-advocates/">');
    // A build for the real address carries no test-build mark (the fixture's own builds, for its placeholder, do).
    expect(page).not.toContain("site-footer__test-build");
    expect(readFileSync(path.join(FIXTURE_DIST, "en", "victim-contact", "tips-for-advocates", "index.html"), "utf8")).toContain("site-footer__test-build");
  } finally {
    site.cleanup();
  }
});

test("the unchanged content builds (so the failures above are caused by the edits)", () => {
  const site = contentWith([]);
  try {
    const out = path.join(site.dir, "out");
    const result = runBuild(["--content", site.content, "--out", out, "--no-print", "--no-search"]);
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(path.join(out, "en", "index.html"), "utf8")).toContain("<html");
  } finally {
    rmSync(site.dir, { recursive: true, force: true });
  }
});
