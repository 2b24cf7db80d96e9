// XLIFF out, on a copy of the frozen fixture site (no build), read back by code that is not ours: a
// generic namespace-aware XML parser (saxes) checking the XLIFF 2.0 structure, and a second XLIFF
// library (xliff, by locize) reading units, sources and targets. Also: one English edit makes exactly
// one paragraph stale, and the export then shows the previous English text from git history.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import xliff2js from "xliff/xliff2js";
import { loadSiteData } from "../../../scripts/eleventy/site-data.ts";
import { validateContent } from "../../../scripts/eleventy/schema/validate-content.ts";
import { statusMatrix } from "../../../scripts/eleventy/i18n/translation-state.ts";
import { exportLanguage } from "../../../scripts/i18n/export.ts";
import { contentWith } from "../../helpers/build-fixture.ts";
import { ROOT } from "../../helpers/paths.ts";

const XLIFF = "urn:oasis:names:tc:xliff:document:2.0";
const layouts = path.join(ROOT, "layouts");
let site: ReturnType<typeof contentWith>;
let out: string;
let files: string[];

beforeAll(() => {
  site = contentWith([]);
  out = path.join(site.dir, "xliff");
  files = exportLanguage({ content: site.content, layouts, lang: "es", out }).written;
});
afterAll(() => site.cleanup());

interface Node {
  ns: string;
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

/** The document as a tree, by saxes (strict XML 1.0 with namespaces): throws on anything not well-formed. */
function tree(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [{ ns: "", name: "#document", attributes: {}, children: [], text: "" }];
  parser.on("opentag", (tag: SaxesTagNS) => {
    const node: Node = { ns: tag.uri, name: tag.local, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.prefix ? `${a.prefix}:${a.local}` : a.local, a.value])), children: [], text: "" };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => (stack.at(-1)!.text += text));
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return stack[0]!.children[0]!;
}
const all = (node: Node, name: string): Node[] => [...node.children.filter((c) => c.name === name && c.ns === XLIFF), ...node.children.flatMap((c) => all(c, name))];
const textOf = (node: Node): string => node.text + node.children.map(textOf).join("");

describe("a generic XML parser finds XLIFF 2.0 in every exported file", () => {
  test("one file per page and printable of the fixture's Spanish, and one for the interface strings", () => {
    const pages = readdirSync(path.join(site.content, "es"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md"));
    expect(files.length).toBe(pages.length + 1);
    expect(files.some((f) => f.endsWith("_interface.es.xlf"))).toBe(true);
  });

  test("root, file, units, states, notes and inline codes are as XLIFF 2.0 wants them", () => {
    for (const file of files) {
      const root = tree(readFileSync(file, "utf8"));
      expect([root.ns, root.name, root.attributes.version, root.attributes.srcLang, root.attributes.trgLang], file).toEqual([XLIFF, "xliff", "2.0", "en", "es"]);
      const [fileElement, ...more] = all(root, "file");
      expect(more, file).toEqual([]);
      expect(fileElement!.attributes.id).toBeTruthy();
      const ids = all(fileElement!, "unit").map((u) => u.attributes.id);
      expect(new Set(ids).size, file).toBe(ids.length);
      for (const unit of all(fileElement!, "unit")) {
        const where = `${file} unit ${unit.attributes.id}`;
        const segments = all(unit, "segment");
        expect(segments, where).toHaveLength(1);
        const segment = segments[0]!;
        expect(["initial", "translated", "reviewed", "final"], where).toContain(segment.attributes.state);
        if (segment.attributes.subState) expect(segment.attributes.subState, where).toMatch(/^[a-z]+:[a-z-]+$/);
        expect(all(unit, "note").find((n) => n.attributes.category === "english-hash")?.text, where).toMatch(/^[0-9a-f]{8}$/);
        // Every code's data is in the unit's <originalData>; every target code is a source code.
        const data = new Set(all(unit, "data").map((d) => d.attributes.id));
        const [source] = all(segment, "source");
        const target = all(segment, "target")[0];
        const codes = (n: Node) => [...all(n, "pc"), ...all(n, "ph")];
        for (const code of codes(source!)) for (const ref of [code.attributes.dataRef, code.attributes.dataRefStart, code.attributes.dataRefEnd].filter(Boolean)) expect(data, where).toContain(ref);
        if (target) {
          const inSource = codes(source!);
          for (const code of codes(target)) expect(inSource.map((c) => c.attributes.id), where).toContain(code.attributes.id);
          // A code left out of the target is one the source lets go (an interface string's placeholder).
          for (const code of inSource.filter((c) => !codes(target).some((t) => t.attributes.id === c.attributes.id))) expect(code.attributes.canDelete, where).toBe("yes");
        }
        // Never Markdown in the text: links and emphasis are codes.
        expect(textOf(source!), where).not.toMatch(/\]\(|\*\*|\{#/);
      }
    }
  });

  test("a page's file carries the review slots of the XLIFF Metadata module", () => {
    const root = tree(readFileSync(path.join(out, "victim-contact", "tips-for-advocates.es.xlf"), "utf8"));
    const metas = (n: Node): Node[] => [...n.children.filter((c) => c.name === "meta" && c.ns === "urn:oasis:names:tc:xliff:metadata:2.0"), ...n.children.flatMap(metas)];
    expect(metas(root).map((m) => m.attributes.type)).toEqual(["reviewedBy", "reviewedOn"]);
  });
});

describe("a second XLIFF library reads the exports", () => {
  test("xliff2js sees the languages, one unit per paragraph id, and the text with links as inline elements", async () => {
    const file = path.join(out, "victim-contact", "tips-for-advocates.es.xlf");
    const read = (await xliff2js(readFileSync(file, "utf8"))) as { sourceLanguage: string; targetLanguage: string; resources: Record<string, Record<string, { source: unknown; target?: unknown }>> };
    expect([read.sourceLanguage, read.targetLanguage]).toEqual(["en", "es"]);
    const units = read.resources.f1!;
    expect(Object.keys(units)).toContain("advocates-already-trained");
    expect(Object.keys(units).slice(0, 3)).toEqual(["meta.title", "meta.description", "meta.keywords"]);
    expect(units["meta.title"]!.target).toBe("Consejos prácticos para intercesores de contacto con la víctima");
    const source = units["tips-audience"]!.source as unknown[];
    expect(Array.isArray(source), "links read as inline elements, not text").toBe(true);
    expect(JSON.stringify(source)).toContain("victim contact");
  });
});

describe("staleness, paragraph by paragraph", () => {
  const PAGE = "victim-contact/tips-for-advocates.md";
  const behind = (content: string) => {
    const siteData = loadSiteData(content);
    const rows = statusMatrix(validateContent(content, siteData, layouts), ["es"]);
    return rows.find((r) => r.english.relative === PAGE)!.behind.es!;
  };

  test("one English edit gives exactly one more stale paragraph, and the export shows what the English said before (from git)", () => {
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", ...args], { cwd: site.dir, stdio: "pipe" });
    git("init", "-q");
    git("add", "content");
    git("commit", "-qm", "fixture");
    const before = behind(site.content);
    const english = path.join(site.content, "en", PAGE);
    writeFileSync(english, readFileSync(english, "utf8").replace("Keep these in mind for every call:", "Keep these points in mind on every call:"));
    git("commit", "-qam", "English edit");
    const after = behind(site.content);
    expect(after.filter((id) => !before.includes(id))).toEqual(["tips-intro"]);
    expect(after).toHaveLength(before.length + 1);
    const xml = readFileSync(exportLanguage({ content: site.content, layouts, lang: "es", out: path.join(site.dir, "after-edit") }).written.find((f) => f.endsWith("tips-for-advocates.es.xlf"))!, "utf8");
    const unit = /<unit id="tips-intro"[^]*?<\/unit>/.exec(xml)![0];
    expect(unit).toContain('<segment state="initial" subState="afg:english-changed">');
    expect(unit).toContain('<note category="previous-english" appliesTo="source">Keep these in mind for every call:</note>');
    expect(unit).toContain("<source>Keep these points in mind on every call:</source>");
  });
});
