// Runs nginx from a folder of its own (configuration, pid, logs, temporary files), in the foreground,
// for `npm run preview` and the tests: the same server block a deployment installs.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { nginxStandaloneConfig, type NginxServer, nginxServer } from "./nginx.ts";

/** Where Debian installs nginx (root's PATH has /usr/sbin, a user's often not). */
const KNOWN_PLACES = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"];

/**
 * The nginx binary on this machine, or undefined.
 *
 * @example
 * findNginx() // → "/usr/sbin/nginx"
 */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const onPath = (env.PATH ?? "").split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, "nginx"));
  return [...onPath, ...KNOWN_PLACES].find((file) => existsSync(file));
}

/** The message when there is no nginx: what to install. */
export const NO_NGINX = "nginx is not installed. On Debian or Ubuntu: sudo apt-get install nginx-light (any nginx 1.22 or newer will do).";

/** The brotli filter module of this nginx, if it has one as a loadable module (nginx-light has none). */
export function brotliModule(nginx: string): string | undefined {
  const version = spawnSync(nginx, ["-V"], { encoding: "utf8" });
  const modules = /--modules-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1];
  const file = modules && path.join(modules, "ngx_http_brotli_filter_module.so");
  return file && existsSync(file) ? file : undefined;
}

/** Resolves once something accepts connections on 127.0.0.1:port, or rejects after `timeout` ms. */
async function listening(port: number, timeout: number, exited: () => string | undefined): Promise<void> {
  const started = Date.now();
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    const failure = exited();
    if (failure !== undefined) throw new Error(failure);
    if (Date.now() - started > timeout) throw new Error(`nginx did not answer on 127.0.0.1:${port} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface RunningNginx {
  /** The folder with nginx.conf, the logs and the pid. */
  folder: string;
  config: string;
  stop(): Promise<void>;
}

/**
 * Starts nginx with these server blocks (each listening on 127.0.0.1:<port> among `ports`) and resolves
 * once all the ports answer; the error names nginx's own message if it stopped.
 *
 * @example
 * const nginx = await startNginx([{ listen: ["127.0.0.1:8080"], serverName: "localhost", root: "dist", brotli: false }], [8080]);
 */
export async function startNginx(servers: Omit<NginxServer, "brotli">[], ports: number[]): Promise<RunningNginx> {
  const nginx = findNginx();
  if (!nginx) throw new Error(NO_NGINX);
  const module = brotliModule(nginx);
  const folder = mkdtempSync(path.join(tmpdir(), "afg-nginx-"));
  const config = nginxStandaloneConfig(folder, servers.map((s) => nginxServer({ ...s, brotli: Boolean(module) })), { brotliModule: module, runAsRoot: process.getuid?.() === 0 });
  writeFileSync(path.join(folder, "nginx.conf"), config);
  const child = spawn(nginx, ["-p", folder, "-c", path.join(folder, "nginx.conf"), "-e", path.join(folder, "error.log")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let exitCode: number | null | undefined;
  child.once("exit", (code) => (exitCode = code));
  const log = () => (existsSync(path.join(folder, "error.log")) ? readFileSync(path.join(folder, "error.log"), "utf8") : "");
  const stop = async () => {
    if (exitCode === undefined) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT"); // nginx's graceful shutdown: open requests finish, then master and workers leave
      await exited;
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    for (const port of ports) await listening(port, 10_000, () => (exitCode === undefined ? undefined : `nginx stopped (exit ${exitCode}):\n${stderr}${log()}`));
  } catch (error) {
    await stop();
    throw error;
  }
  return { folder, config, stop };
}
