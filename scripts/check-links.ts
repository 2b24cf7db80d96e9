import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import path from "node:path";
import { Parser } from "htmlparser2";

export interface BrokenLink {
  /** The built page the link is on (its URL). */
  page: string;
  /** The source file that page came from, when known. */
  source?: string;
  href: string;
  expected: string;
}

/**
 * Ids and link targets (<a href>, <link href>) of one HTML document, read with the project's HTML parser.
 *
 * @example
 * scanHtml('<h2 id="a">A</h2><a href="/en/?x=1&amp;y=2#a">A</a>') // → { ids: Set {"a"}, hrefs: ["/en/?x=1&y=2#a"] }
 */
export function scanHtml(html: string): { ids: Set<string>; hrefs: string[] } {
  const ids = new Set<string>();
  const hrefs: string[] = [];
  // htmlparser2's streaming parser (the same tokenizer and entity decoding as its DOM, without building one): every page is read once.
  const parser = new Parser({
    onopentag(name, attribs) {
      if (attribs.id !== undefined) ids.add(attribs.id);
      if ((name === "a" || name === "link") && attribs.href !== undefined) hrefs.push(attribs.href);
    },
  });
  parser.end(html);
  return { ids, hrefs };
}

/** The file a site-absolute URL path is served from, or undefined. */
export function fileForUrl(root: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidate = path.join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  if (clean.endsWith("/")) return existsSync(path.join(candidate, "index.html")) ? path.join(candidate, "index.html") : undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  if (existsSync(path.join(candidate, "index.html"))) return undefined; // a directory link without its slash: also broken (stable URLs end in /)
  return undefined;
}

/**
 * Every internal href and #anchor in the built site must resolve; external links are listed, never fetched.
 *
 * @example
 * checkLinks("dist", new Map()) // → { broken: [], external: ["https://www.thehotline.org", …] }
 */
export function checkLinks(root: string, sourceOf: Map<string, string>, skip: (href: string) => boolean = () => false): { broken: BrokenLink[]; external: string[] } {
  const htmlFiles = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).sort();
  const scanned = new Map<string, ReturnType<typeof scanHtml>>();
  const scan = (file: string) => {
    if (!scanned.has(file)) scanned.set(file, scanHtml(readFileSync(file, "utf8")));
    return scanned.get(file)!;
  };
  // Every page links the same menus: each target is looked up on disk once.
  const files = new Map<string, string | undefined>();
  const fileFor = (absolute: string) => {
    if (!files.has(absolute)) files.set(absolute, fileForUrl(root, absolute));
    return files.get(absolute);
  };
  const broken: BrokenLink[] = [];
  const external = new Set<string>();

  for (const relative of htmlFiles) {
    const file = path.join(root, relative);
    const pageUrl = "/" + relative.replace(/index\.html$/, "").replace(/\\/g, "/");
    const report = (href: string, expected: string) => broken.push({ page: pageUrl, source: sourceOf.get(file), href, expected });
    for (const href of scan(file).hrefs) {
      if (/^(https?:|mailto:|tel:|sms:)/i.test(href)) {
        if (/^https?:/i.test(href)) external.add(href);
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
        report(href, "an http(s), mailto, tel or sms link, or a path on this site");
        continue;
      }
      if (skip(href)) continue;
      const [target, anchor] = href.split("#") as [string, string | undefined];
      let targetFile: string | undefined = file;
      if (target !== "") {
        const absolute = target.startsWith("/") ? target : path.posix.join(path.posix.dirname(pageUrl + "x"), target);
        targetFile = fileFor(absolute);
        if (!targetFile) {
          report(href, "a page or file that exists in the built site (internal URLs end with /)");
          continue;
        }
      }
      if (anchor && targetFile.endsWith(".html") && !scan(targetFile).ids.has(decodeURIComponent(anchor))) {
        report(href, `an element with id="${anchor}" on ${target || pageUrl}`);
      }
    }
  }
  return { broken, external: [...external].sort() };
}

/** One line per broken link, naming the source file where known. */
export function formatBrokenLinks(broken: BrokenLink[]): string {
  return broken.map((b) => `${b.source ?? b.page}: link "${b.href}" on ${b.page}: expected ${b.expected}`).join("\n");
}
