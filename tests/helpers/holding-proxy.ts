// A poor connection for one kind of file: a proxy on 127.0.0.1 in front of a test server that, once told to,
// holds back every request whose path matches until the test lets them through.
import http from "node:http";

export interface HoldingProxy {
  url: string;
  /** From now on, requests whose path matches wait. */
  hold(): void;
  /** Resolves once a held request has arrived. */
  held(): Promise<void>;
  /** Lets every held request through, and every later one at once. */
  release(): void;
  close(): Promise<void>;
}

/**
 * @example
 * const proxy = await holdingProxy(site.server.url, /offline-worker\.js$/); proxy.hold(); await proxy.held(); … proxy.release();
 */
export async function holdingProxy(target: string, holds: RegExp): Promise<HoldingProxy> {
  let holding = false;
  const waiting: (() => void)[] = [];
  let arrived: () => void = () => {};
  const firstHeld = new Promise<void>((resolve) => (arrived = resolve));
  const server = http.createServer((request, response) => {
    const forward = () => {
      const upstream = http.request(target + request.url, { method: request.method, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(response);
      });
      request.pipe(upstream);
    };
    if (!holding || !holds.test(new URL(request.url!, target).pathname)) return forward();
    waiting.push(forward);
    arrived();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    hold: () => void (holding = true),
    held: () => firstHeld,
    release() {
      holding = false;
      waiting.splice(0).forEach((forward) => forward());
    },
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
