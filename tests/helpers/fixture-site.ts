// Vitest global setup: builds the frozen fixture site (tests/fixtures/site) once per run into
// FIXTURE_DIST, without the print stage, for tests that pin exact strings of built pages.
import { rmSync } from "node:fs";
import { buildFolder } from "../../scripts/stage.ts";
import { runBuild } from "./build-fixture.ts";
import { FIXTURE_CONTENT, FIXTURE_DIST } from "./paths.ts";

export function setup(): void {
  const result = runBuild(["--content", FIXTURE_CONTENT, "--out", FIXTURE_DIST, "--no-print"]);
  if (result.status !== 0) throw new Error(`The fixture site (tests/fixtures/site) did not build:\n${result.output}`);
}

export function teardown(): void {
  for (const folder of [FIXTURE_DIST, buildFolder(FIXTURE_DIST)]) rmSync(folder, { recursive: true, force: true });
}
