import MarkdownIt, { type PluginWithOptions } from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import markdownItAttrs from "markdown-it-attrs";
import { ContentError } from "../content-error.ts";
import { requireAlt } from "./require-alt.ts";
import { requireIds } from "./require-ids.ts";

/** Attributes content may set with {…}: ids for stable links, classes for checklists. Never event handlers. */
const ALLOWED_ATTRIBUTES = ["id", "class"];

/**
 * The one Markdown renderer: raw HTML off (it shows as text), authored ids and
 * classes, heading anchors, external links that send no referrer, and images under /assets/ at the
 * content-hashed name assetUrl gives (content names them by path), their box reserved (assetSize) and
 * fetched only as the reader nears them.
 *
 * @example
 * createMarkdown().render("Hi {#greeting}") // → '<p id="greeting">Hi</p>\n'
 */
export function createMarkdown(options: { assetUrl?: (sitePath: string) => string; assetSize?: (sitePath: string) => { width: number; height: number } | undefined } = {}): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // markdown-it-attrs bundles its own (older) markdown-it types, hence the cast.
  md.use(markdownItAttrs as unknown as PluginWithOptions<{ allowedAttributes: string[] }>, { allowedAttributes: ALLOWED_ATTRIBUTES });
  // Checked before markdown-it-anchor runs, or its fallback slugs would hide a heading without an id.
  md.use(requireIds);
  md.use(requireAlt);
  // Ids are authored ({#id}) so they survive edits and match across languages; slugify only as a fallback.
  md.use(markdownItAnchor, { tabIndex: false, slugify: (s: string) => "h-" + encodeURIComponent(s.trim().toLowerCase().replace(/\s+/g, "-")) });

  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, opts, env: { page?: { inputPath?: string } }, self) => {
    const src = tokens[idx]!.attrGet("src") ?? "";
    if (options.assetUrl && src.startsWith("/assets/")) {
      try {
        tokens[idx]!.attrSet("src", options.assetUrl(src));
        const size = options.assetSize?.(src);
        if (size) for (const [name, value] of Object.entries(size)) tokens[idx]!.attrSet(name, String(value));
      } catch {
        throw new ContentError(env.page?.inputPath ?? "(Markdown)", `image ${src}`, "a file that exists under assets/ (for example /assets/screens/en/agency-form.webp)");
      }
    }
    tokens[idx]!.attrSet("loading", "lazy");
    tokens[idx]!.attrSet("decoding", "async");
    return defaultImage(tokens, idx, opts, env, self);
  };

  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = tokens[idx]!.attrGet("href") ?? "";
    if (/^https?:\/\//i.test(href)) tokens[idx]!.attrSet("rel", "noopener noreferrer");
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}
