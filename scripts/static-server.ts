import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { CACHE_CONTROL, HASHED_PREFIXES, contentTypeOf } from "./server/rules.ts";

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The file a request path maps to inside root, or undefined (never outside root). */
export function resolveRequest(root: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split("?")[0]!.split("#")[0]!);
  const file = path.join(root, clean.endsWith("/") ? clean + "index.html" : clean);
  if (!file.startsWith(path.resolve(root) + path.sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Serves a built site on 127.0.0.1 at an ephemeral port, with the security headers the `_headers`
 * file gives a real host, and its year-long caching of content-hashed files (so a browser loading
 * page after page, the print stage's or a test's, reads each font and stylesheet once). `extraFiles`
 * serves files from outside the site at paths of their own (a test's axe-core).
 *
 * @example
 * const server = await serveStatic("dist"); // server.url → "http://127.0.0.1:43817"
 */
export async function serveStatic(root: string, headers: Record<string, string> = {}, extraFiles: Record<string, string> = {}): Promise<StaticServer> {
  const absolute = path.resolve(root);
  const server: Server = createServer((req, res) => {
    const urlPath = (req.url ?? "/").split("?")[0]!;
    const file = extraFiles[urlPath] ?? resolveRequest(absolute, req.url ?? "/");
    const notFound = path.join(absolute, "404.html");
    const target = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!target) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    res.writeHead(file ? 200 : 404, {
      "content-type": contentTypeOf(target),
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
      ...(file && HASHED_PREFIXES.some((prefix) => urlPath.startsWith(prefix)) ? { "cache-control": CACHE_CONTROL.hashed } : {}),
      ...headers,
    });
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    // Browsers keep connections open for reuse; closing the server closes them too, rather than waiting on them.
    close: () => new Promise((resolve) => (server.close(() => resolve()), server.closeAllConnections())),
  };
}
