import { expect, test } from "vitest";
import { nginxDeployConfig, nginxServer, nginxStandaloneConfig } from "../../../scripts/server/nginx.ts";

const server = { listen: ["127.0.0.1:8080"], serverName: "localhost", root: "/srv/dist", brotli: false };

test("every location repeats every header: add_header in a location replaces those of the server", () => {
  const block = nginxServer(server);
  const locations = block.split("\n    location ").slice(1).filter((l) => l.includes("add_header"));
  expect(locations.length).toBeGreaterThanOrEqual(5);
  for (const location of locations) {
    for (const name of ["Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "Permissions-Policy", "Cache-Control"]) expect(location).toContain(`add_header ${name} `);
    expect(location).not.toContain("Strict-Transport-Security");
  }
  expect(nginxServer({ ...server, tls: { certificate: "/c.pem", key: "/k.pem" } })).toContain('add_header Strict-Transport-Security "max-age=31536000" always;');
});

test("brotli only when the module is there; otherwise the lines to add, commented", () => {
  expect(nginxServer(server)).toContain("#   brotli on;");
  expect(nginxServer({ ...server, brotli: true })).toMatch(/^ {4}brotli on;$/m);
});

test("a deployment: https with HSTS, plain http redirected; an http address is served as it is", () => {
  const https = nginxDeployConfig("https://guide.riverside-safety.org");
  expect(https).toContain("    return 301 https://$host$request_uri;");
  expect(https).toContain("    listen 443 ssl;");
  expect(https).toContain("ssl_certificate /etc/letsencrypt/live/guide.riverside-safety.org/fullchain.pem;");
  expect(https).toContain('root "/var/www/guide.riverside-safety.org";');
  const http = nginxDeployConfig("http://192.168.1.20");
  expect(http).not.toContain("return 301");
  expect(http).not.toContain("Strict-Transport-Security");
});

test("the standalone configuration keeps everything in its own folder and runs in the foreground", () => {
  const config = nginxStandaloneConfig("/tmp/x", [nginxServer(server)], { runAsRoot: false });
  for (const line of ["daemon off;", 'pid "/tmp/x/nginx.pid";', 'error_log "/tmp/x/error.log" warn;', 'client_body_temp_path "/tmp/x/client_body";']) expect(config).toContain(line);
  expect(config).not.toContain("user root;");
  expect(nginxStandaloneConfig("/tmp/x", [], { runAsRoot: true, brotliModule: "/m/brotli.so" })).toMatch(/^load_module "\/m\/brotli\.so";\nuser root;/);
});
