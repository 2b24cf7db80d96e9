// Build stage: the two server outputs of scripts/server/rules.ts, for the site's published address:
// dist/_headers (hosts that read one from the published folder) and dist-build/nginx.conf (beside the
// site, never published: a server's configuration is not a page).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadSiteConfig } from "../eleventy/site-data.ts";
import type { Stage } from "../stage.ts";
import { headersFile } from "./headers-file.ts";
import { nginxDeployConfig } from "./nginx.ts";

export const serverFilesStage: Stage = {
  name: "server",
  async run(ctx) {
    const { site } = loadSiteConfig(path.join(ctx.options.content, "_data"));
    writeFileSync(path.join(ctx.staging, "_headers"), headersFile({ https: new URL(site.url).protocol === "https:" }));
    writeFileSync(path.join(ctx.internal, "nginx.conf"), nginxDeployConfig(site.url));
  },
};
