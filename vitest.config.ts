import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The frozen fixture site, built once, for tests that pin exact strings (tests/fixtures/site/README.md).
    // One warm Chromium for every file that opens pages (tests/helpers/warm-browser.ts).
    globalSetup: ["tests/helpers/fixture-site.ts", "tests/helpers/warm-browser.ts"],
    // Real Chromium and real builds: generous per-test time, two files at a time on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    // A worker runs file after file in one process: a fresh process per file cost more CPU than the unit tests themselves.
    isolate: false,
    maxWorkers: 2,
    reporters: ["default"],
  },
});
