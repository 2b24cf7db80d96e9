// The built site (dist/) through real nginx, started once for this file with the server block a
// deployment installs (scripts/server/nginx.ts; `npm run preview` runs the same): every header on
// every kind of response, gzip, immutable caching of content-hashed files, the 404 page with its
// quick exit, and PDFs and citation files with their types. A second server block speaks https with
// a throwaway certificate, for HSTS. Requests are plain HTTP on 127.0.0.1; two pages load in Chromium.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import puppeteer from "puppeteer";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { elements, parseHtml } from "../../scripts/html/parse.ts";
import { loadSiteConfig } from "../../scripts/eleventy/site-data.ts";
import { nginxDeployConfig } from "../../scripts/server/nginx.ts";
import { CACHE_CONTROL, HASHED_PREFIXES, TEXT_TYPES, contentTypeOf, securityHeaders } from "../../scripts/server/rules.ts";
import { brotliModule, findNginx, NO_NGINX, startNginx, type RunningNginx } from "../../scripts/server/run-nginx.ts";
import { buildFolder } from "../../scripts/stage.ts";
import { CONTENT, DIST } from "../helpers/paths.ts";
import { watchPage } from "../helpers/site-browser.ts";

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent (still compressed when content-encoding says so). */
  body: Buffer;
}

let nginx: RunningNginx;
let http = "";
let https = "";
let certificates = "";

/** A free port on 127.0.0.1 (nginx cannot report one it chose). */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

function get(base: string, urlPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  const send = base.startsWith("https:") ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(`${base}${urlPath}`, { headers, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  if (!findNginx()) throw new Error(NO_NGINX);
  certificates = mkdtempSync(path.join(tmpdir(), "afg-nginx-tls-"));
  const [certificate, key] = [path.join(certificates, "cert.pem"), path.join(certificates, "key.pem")];
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-keyout", key, "-out", certificate], { stdio: "ignore" });
  const [plainPort, tlsPort] = [await freePort(), await freePort()];
  nginx = await startNginx(
    [
      { listen: [`127.0.0.1:${plainPort}`], serverName: "localhost", root: DIST },
      { listen: [`127.0.0.1:${tlsPort} ssl`], serverName: "localhost", root: DIST, tls: { certificate, key } },
    ],
    [plainPort, tlsPort],
  );
  http = `http://127.0.0.1:${plainPort}`;
  https = `https://127.0.0.1:${tlsPort}`;
});
afterAll(async () => {
  await nginx?.stop();
  rmSync(certificates, { recursive: true, force: true });
});

const files = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter((f) => statSync(path.join(DIST, f)).isFile()).map((f) => `/${f.split(path.sep).join("/")}`);
const first = (pattern: RegExp) => {
  const found = files.find((f) => pattern.test(f));
  if (!found) throw new Error(`dist/ has no file like ${pattern}`);
  return found;
};
const asUrl = (file: string) => file.replace(/index\.html$/, "");
const isHashed = (urlPath: string) => HASHED_PREFIXES.some((p) => urlPath.startsWith(p));

/** One of each kind of file the site serves. */
const samples = [
  "/",
  "/en/",
  asUrl(first(/^\/ar\/[^/]+\/[^/]+\/index\.html$/)),
  asUrl(first(/^\/zh-hans\/search\/index\.html$/)),
  asUrl(first(/^\/en\/print\/[^/]+\/index\.html$/)),
  first(/\/cite\.bib$/),
  first(/\/cite\.ris$/),
  first(/\/cite\.json$/),
  first(/^\/en\/print\/[^/]+\.pdf$/),
  first(/^\/en\/print\/[^/]+\.webp$/),
  first(/^\/assets\/site\.[0-9a-f]{10}\.css$/),
  first(/^\/assets\/site\.[0-9a-f]{10}\.js$/),
  first(/^\/assets\/icon\.[0-9a-f]{10}\.svg$/),
  first(/^\/assets\/fonts\/[^/]+\.[0-9a-f]{10}\.css$/),
  first(/\.woff2$/),
  first(/^\/pagefind\/fragment\//),
  "/pagefind/pagefind.js",
  "/pagefind/pagefind-entry.json",
];

describe.each(samples)("%s", (urlPath) => {
  test("every security header, the cache rule for its name, its type, its bytes", async () => {
    const reply = await get(http, urlPath);
    expect(reply.status).toBe(200);
    for (const [name, value] of securityHeaders({ https: false })) expect(reply.headers[name.toLowerCase()], name).toBe(value);
    expect(reply.headers["strict-transport-security"]).toBeUndefined();
    expect(reply.headers["cache-control"]).toBe(isHashed(urlPath) ? CACHE_CONTROL.hashed : CACHE_CONTROL.short);
    const file = urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath;
    const type = contentTypeOf(file);
    expect(reply.headers["content-type"]).toBe(type);
    expect(reply.body.equals(readFileSync(path.join(DIST, file)))).toBe(true);
  });

  test("gzip for text (never for PDFs, images, fonts or Pagefind's own compressed files)", async () => {
    const reply = await get(http, urlPath, { "accept-encoding": "gzip" });
    const file = urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath;
    const text = TEXT_TYPES.some((t) => contentTypeOf(file).startsWith(`${t};`)) && statSync(path.join(DIST, file)).size >= 256;
    expect(reply.headers["content-encoding"]).toBe(text ? "gzip" : undefined);
    expect((text ? gunzipSync(reply.body) : reply.body).equals(readFileSync(path.join(DIST, file)))).toBe(true);
    if (text) expect(reply.headers.vary).toBe("Accept-Encoding");
  });
});

test("brotli only where nginx has the module (Debian's nginx-light has none)", async () => {
  const reply = await get(http, "/en/", { "accept-encoding": "br, gzip" });
  expect(reply.headers["content-encoding"]).toBe(brotliModule(findNginx()!) ? "br" : "gzip");
  expect(/^\s*brotli on;/m.test(nginx.config)).toBe(Boolean(brotliModule(findNginx()!)));
});

test("over https the same headers and HSTS; plain http sends no HSTS", async () => {
  const reply = await get(https, "/en/");
  expect(reply.status).toBe(200);
  for (const [name, value] of securityHeaders({ https: true })) expect(reply.headers[name.toLowerCase()], name).toBe(value);
  expect(reply.headers["strict-transport-security"]).toBe("max-age=31536000");
  expect((await get(https, first(/^\/assets\/site\.[0-9a-f]{10}\.css$/))).headers["strict-transport-security"]).toBe("max-age=31536000");
});

test("every file under /assets/ is named for its content, and a page loads only hashed files from there", async () => {
  const assets = files.filter((f) => f.startsWith("/assets/"));
  expect(assets.length).toBeGreaterThan(10);
  for (const file of assets) {
    const hash = createHash("sha256").update(readFileSync(path.join(DIST, file))).digest("hex").slice(0, 10);
    expect(file, "content hash in the name").toMatch(new RegExp(`\\.${hash}\\.[a-z0-9]+$`));
  }
  const loaded = elements(parseHtml(readFileSync(path.join(DIST, "en", "index.html"), "utf8")), (e) => (e.name === "link" && e.attribs.rel !== "canonical" && e.attribs.rel !== "alternate") || (e.name === "script" && Boolean(e.attribs.src)));
  for (const element of loaded) {
    const url = element.attribs.href ?? element.attribs.src!;
    expect(url).toMatch(/^\/assets\//);
    expect((await get(http, url)).headers["cache-control"]).toBe(CACHE_CONTROL.hashed);
  }
});

test("a missing path answers 404 with the site's 404 page: its quick exit, noindex, every header", async () => {
  for (const missing of ["/no-such-page/", "/en/no-such-page/", "/assets/no-such-file.css", "/404.html", "/_headers"]) {
    const reply = await get(http, missing);
    expect(reply.status, missing).toBe(404);
    expect(reply.headers["content-type"]).toBe("text/html; charset=utf-8");
    for (const [name, value] of securityHeaders({ https: false })) expect(reply.headers[name.toLowerCase()], `${missing}: ${name}`).toBe(value);
    expect(reply.body.equals(readFileSync(path.join(DIST, "404.html"))), missing).toBe(true);
  }
  const doc = parseHtml(readFileSync(path.join(DIST, "404.html"), "utf8"));
  expect(elements(doc, (e) => e.name === "a" && e.attribs["data-quick-exit"] !== undefined)).toHaveLength(1);
  expect(elements(doc, (e) => e.name === "meta" && e.attribs.name === "robots").map((e) => e.attribs.content)).toEqual(["noindex"]);
});

test("a folder without its slash redirects to it, relative to the address asked", async () => {
  const reply = await get(http, "/en");
  expect(reply.status).toBe(301);
  expect(reply.headers.location).toBe("/en/");
});

test("PDFs download whole with their type, uncompressed", async () => {
  const pdf = first(/^\/en\/print\/[^/]+\.pdf$/);
  const reply = await get(http, pdf, { "accept-encoding": "gzip, br" });
  expect(reply.headers["content-type"]).toBe("application/pdf");
  expect(reply.headers["content-encoding"]).toBeUndefined();
  expect(Number(reply.headers["content-length"])).toBe(statSync(path.join(DIST, pdf)).size);
  expect(reply.body.subarray(0, 5).toString()).toBe("%PDF-");
});

test("in Chromium, through nginx's headers: the 404 page and a reference page load whole, no CSP violation, quick exit in place", async () => {
  const browser = await puppeteer.connect({ browserWSEndpoint: inject("browserWSEndpoint") });
  const page = await browser.defaultBrowserContext().newPage();
  // Every load as a first visit (immutable files would come from the cache), and a cached font never reports done under interception.
  await page.setCacheEnabled(false);
  try {
    const watch = await watchPage(page, http);
    for (const urlPath of ["/en/no-such-page/", asUrl(first(/^\/ar\/[^/]+\/[^/]+\/index\.html$/))]) {
      watch.clear();
      await page.goto(`${http}${urlPath}`, { waitUntil: "load" });
      await watch.settled();
      expect({ csp: watch.cspViolations, errors: watch.consoleErrors.filter((e) => !/404/.test(e)), offOrigin: watch.offOrigin }, urlPath).toEqual({ csp: [], errors: [], offOrigin: [] });
      expect(await page.$eval("[data-quick-exit]", (a) => (a as HTMLElement).offsetHeight > 0), urlPath).toBe(true);
    }
  } finally {
    await page.close();
    await browser.disconnect();
  }
});

describe("the two server outputs come from one list", () => {
  const siteUrl = loadSiteConfig(path.join(CONTENT, "_data")).site.url;
  const https = new URL(siteUrl).protocol === "https:";

  test("dist-build/nginx.conf is the deployment's server block for the site's address (the one tested above, but for its TLS and paths)", () => {
    expect(readFileSync(path.join(buildFolder(DIST), "nginx.conf"), "utf8")).toBe(nginxDeployConfig(siteUrl));
  });

  test("dist/_headers sends the same security headers everywhere and the same immutable caching", () => {
    const blocks = new Map<string, string[]>();
    let current = "";
    for (const line of readFileSync(path.join(DIST, "_headers"), "utf8").split("\n")) {
      if (line.startsWith("/")) blocks.set((current = line), []);
      else if (line.startsWith("  ")) blocks.get(current)!.push(line.trim());
    }
    expect(blocks.get("/*")).toEqual(securityHeaders({ https }).map(([name, value]) => `${name}: ${value}`));
    for (const prefix of HASHED_PREFIXES) expect(blocks.get(`${prefix}*`)).toEqual([`Cache-Control: ${CACHE_CONTROL.hashed}`]);
  });
});
