import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The frozen fixture site, built once, for tests that pin exact strings (tests/fixtures/site/README.md).
    globalSetup: ["tests/helpers/fixture-site.ts"],
    // Real Chromium and real builds: generous per-test time, two files at a time on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    maxWorkers: 2,
    reporters: ["default"],
  },
});
