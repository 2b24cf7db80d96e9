// A child Node (with tsx, as `npm run build` runs) that builds on request over IPC, so a catalogue
// of small builds loads the build's modules once instead of once per build (tests/helpers/build-fixture.ts).
import { rmSync } from "node:fs";
import { build, failureReport, stagingFolder } from "../../scripts/build.ts";
import type { BuildOptions } from "../../scripts/stage.ts";

export type BuildRequest = Omit<BuildOptions, "log"> & {
  /** Environment variables for this build only (SITE_URL), as a command line would set them. */
  env?: Record<string, string>;
};
export interface BuildReply {
  status: number;
  output: string;
}

/** Until no file operation or queued callback has been in flight for a few turns of the event loop. */
async function quiet(): Promise<void> {
  const busy = () => process.getActiveResourcesInfo().some((r) => r.startsWith("FS") || r === "FileHandle" || r === "Immediate");
  for (let idle = 0; idle < 3; idle = busy() ? 0 : idle + 1) await new Promise((resolve) => setTimeout(resolve, 5));
}

let lastBuildFailed = false;

/**
 * The build, and the command line's report. A failed Eleventy's other templates and copies run on
 * after the failure (the command line exits first): waited for here, and what they wrote removed.
 */
async function buildAndReport({ env = {}, ...request }: BuildRequest): Promise<BuildReply> {
  const lines: string[] = [];
  lastBuildFailed = false;
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    await build({ ...request, log: (line) => lines.push(line) });
    return { status: 0, output: lines.join("\n") };
  } catch (error) {
    lastBuildFailed = true;
    await quiet();
    rmSync(stagingFolder(request.out), { recursive: true, force: true });
    return { status: 1, output: [...lines, failureReport(error, request.out)].join("\n") };
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

process.on("message", (request: BuildRequest) => {
  void buildAndReport(request).then((reply) => process.send!(reply));
});
// Those late copies can fail too (their folder is gone): that error belongs to the failed build.
process.on("unhandledRejection", (reason) => {
  if (!lastBuildFailed) throw reason;
});
process.on("disconnect", () => process.exit(0));
