import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { resolveRequest, serveStatic, type StaticServer } from "../../scripts/static-server.ts";
import { ROOT } from "../helpers/paths.ts";

const assets = path.join(ROOT, "assets");
let server: StaticServer;
beforeAll(async () => (server = await serveStatic(assets)));
afterAll(async () => server.close());

test("serves files from the root on 127.0.0.1 with no-referrer", async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const response = await fetch(`${server.url}/icon.svg`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
  expect(response.headers.get("referrer-policy")).toBe("no-referrer");
});

test("never resolves outside its root", () => {
  expect(resolveRequest(assets, "/../package.json")).toBeUndefined();
  expect(resolveRequest(assets, "/%2e%2e/package.json")).toBeUndefined();
  expect(resolveRequest(assets, "/icon.svg")).toBe(path.join(assets, "icon.svg"));
});
