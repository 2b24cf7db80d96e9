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

test("content-hashed files are kept a year, others revalidated as the browser sees fit; extra files at their own paths", async () => {
  const site = await serveStatic(ROOT, {}, { "/__extra.txt": path.join(ROOT, "package.json") });
  try {
    expect((await fetch(`${site.url}/assets/icon.svg`)).headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${site.url}/package.json`)).headers.get("cache-control")).toBeNull();
    expect(await (await fetch(`${site.url}/__extra.txt`)).text()).toContain('"name"');
  } finally {
    await site.close();
  }
});

test("never resolves outside its root", () => {
  expect(resolveRequest(assets, "/../package.json")).toBeUndefined();
  expect(resolveRequest(assets, "/%2e%2e/package.json")).toBeUndefined();
  expect(resolveRequest(assets, "/icon.svg")).toBe(path.join(assets, "icon.svg"));
});
