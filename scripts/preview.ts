// npm run preview: serves the built site (dist/) through nginx itself, with the server block a
// deployment installs (scripts/server/nginx.ts), on 127.0.0.1 at --port N or $PORT (default 8080).
// nginx runs unprivileged from a temporary folder of its own (configuration, pid, logs) until Ctrl+C.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { localPort } from "./port.ts";
import { NO_NGINX, findNginx, startNginx } from "./server/run-nginx.ts";

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DIST = path.join(ROOT, "dist");

async function preview(): Promise<void> {
  const port = localPort(process.argv.slice(2), process.env);
  if (!findNginx()) throw new Error(NO_NGINX);
  if (!existsSync(path.join(DIST, "index.html"))) throw new Error("dist/ has no built site: run npm run build first.");
  const nginx = await startNginx([{ listen: [`127.0.0.1:${port}`], serverName: "localhost", root: DIST }], [port]);
  console.log(`Serving dist/ through nginx on http://127.0.0.1:${port}/ (Ctrl+C to stop; configuration in ${nginx.folder}/nginx.conf)`);
  const stop = () => void nginx.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

preview().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
