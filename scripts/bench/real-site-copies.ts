import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Sections whose pages are reference pages (/<code>/<section>/<page>/): every content folder but the printables'. */
const isReferencePage = (relative: string) => relative.split(path.sep).length === 2 && relative.endsWith(".md") && !relative.startsWith(`print${path.sep}`);

/**
 * The real site with every reference page copied `copies` times in every language, each copy under
 * its own file name and translation key (so its URL, its translations and its ids stay valid), for
 * measuring the build at about ten times the real size. Returns the content folder and a folder of
 * the same Markdown files alone (for bare Eleventy).
 *
 * @example
 * realSiteCopies(root, "/tmp/x", 10) // → { content: "/tmp/x/content", bare: "/tmp/x/bare", pages: 1266 }
 */
export function realSiteCopies(root: string, dir: string, copies: number): { content: string; bare: string; pages: number } {
  const content = path.join(dir, "content");
  const bare = path.join(dir, "bare");
  cpSync(path.join(root, "content"), content, { recursive: true });
  const locales = JSON.parse(readFileSync(path.join(content, "_data", "locales.json"), "utf8")) as { code: string }[];
  let pages = 0;
  const layouts = new Set<string>();
  for (const { code } of locales) {
    for (const relative of readdirSync(path.join(content, code), { recursive: true, encoding: "utf8" }).sort()) {
      if (!relative.endsWith(".md") || path.basename(relative) === "README.md") continue;
      const text = readFileSync(path.join(content, code, relative), "utf8");
      const layout = /^layout: *(\S+)$/m.exec(text)?.[1];
      if (layout) layouts.add(layout);
      const files: [string, string][] = [[relative, text]];
      if (isReferencePage(relative)) {
        for (let n = 1; n <= copies; n++) {
          // The front matter's translationKey line only: the rest of the file, and so its translation record, stays as it is.
          const copy = text.replace(/^translationKey: *(\S+)$/m, (_line, key: string) => `translationKey: ${key}-copy-${n}`);
          files.push([relative.replace(/\.md$/, `-copy-${n}.md`), copy]);
        }
      }
      for (const [name, body] of files) {
        for (const base of name === relative ? [bare] : [content, bare]) {
          mkdirSync(path.dirname(path.join(base, code, name)), { recursive: true });
          writeFileSync(path.join(base, code, name), body);
        }
        pages++;
      }
    }
  }
  // Bare Eleventy has no layouts: a page that names one gets one that writes its content and nothing else.
  for (const layout of layouts) {
    mkdirSync(path.join(bare, "_includes"), { recursive: true });
    writeFileSync(path.join(bare, "_includes", layout), "{{ content }}\n");
  }
  return { content, bare, pages };
}
