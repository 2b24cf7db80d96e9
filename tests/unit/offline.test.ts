import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { packUrl, precacheManifest } from "../../scripts/offline.ts";

test("a page is cached at its folder's URL, as readers ask for it; any other file at its path", () => {
  expect(packUrl("en/victim-contact/tips/index.html")).toBe("/en/victim-contact/tips/");
  expect(packUrl("en/index.html")).toBe("/en/");
  expect(packUrl("/pagefind/pagefind.js")).toBe("/pagefind/pagefind.js");
});

test("the precache list names each file at its URL with an MD5 of its bytes (as Workbox's tools write it), and counts the bytes", () => {
  const site = mkdtempSync(path.join(tmpdir(), "afg-manifest-"));
  try {
    mkdirSync(path.join(site, "en"), { recursive: true });
    writeFileSync(path.join(site, "en", "index.html"), "hello");
    writeFileSync(path.join(site, "en", "a.css"), "");
    expect(precacheManifest(site, ["/en/index.html", "/en/a.css"])).toEqual({
      entries: [
        { url: "/en/", revision: "5d41402abc4b2a76b9719d911017c592" },
        { url: "/en/a.css", revision: "d41d8cd98f00b204e9800998ecf8427e" },
      ],
      bytes: 5,
    });
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
