// The port a local server listens on (npm start, npm run preview): --port N, else $PORT, else 8080.
/**
 * The port asked for: --port N (or --port=N), else $PORT, else 8080.
 *
 * @example
 * localPort(["--port", "3000"], {}) // → 3000
 */
export function localPort(args: string[], env: NodeJS.ProcessEnv): number {
  const flag = args.findIndex((a) => a === "--port" || a.startsWith("--port="));
  const value = flag === -1 ? env.PORT : args[flag]!.includes("=") ? args[flag]!.split("=")[1] : args[flag + 1];
  const port = Number(value ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port or PORT: expected a port number from 1 to 65535 (got "${value}")`);
  return port;
}
