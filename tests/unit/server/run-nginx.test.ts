import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { findNginx, NO_NGINX } from "../../../scripts/server/run-nginx.ts";

test("finds nginx on PATH first; says what to install when there is none", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "afg-path-"));
  try {
    mkdirSync(path.join(dir, "bin"));
    writeFileSync(path.join(dir, "bin", "nginx"), "");
    expect(findNginx({ PATH: path.join(dir, "bin") })).toBe(path.join(dir, "bin", "nginx"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(NO_NGINX).toContain("apt-get install nginx-light");
});
