// Puppeteer cannot download its own Chrome here (no internet beyond the npm
// registry), so skip the download and use the system Chromium when present.
const { existsSync } = require("node:fs");

const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

/** @type {import("puppeteer").Configuration} */
module.exports = {
  skipDownload: Boolean(systemChromium) || process.env.PUPPETEER_SKIP_DOWNLOAD === "true",
  ...(systemChromium ? { executablePath: systemChromium } : {}),
};
