import MarkdownIt from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import { ContentError } from "../content-error.ts";
import { blockAttrs } from "./block-attrs.ts";
import { requireAlt } from "./require-alt.ts";
import { requireIds } from "./require-ids.ts";

/**
 * The one Markdown renderer: raw HTML off (it shows as text), authored ids and
 * classes, heading anchors, external links that send no referrer, and images under /assets/ at the
 * content-hashed name assetUrl gives (content names them by path): each a link to itself named by its alt
 * text, the image shown (box reserved by assetSize, fetched lazily) on wide screens and paper only.
 *
 * @example
 * createMarkdown().render("Hi {#greeting}") // → '<p id="greeting">Hi</p>\n'
 */
export function createMarkdown(options: { assetUrl?: (sitePath: string) => string; assetSize?: (sitePath: string) => { width: number; height: number } | undefined } = {}): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // Authored ids and classes only ({#id .class}): never event handlers or other attributes.
  md.use(blockAttrs);
  // Checked before markdown-it-anchor runs, or its fallback slugs would hide a heading without an id.
  md.use(requireIds);
  md.use(requireAlt);
  // Ids are authored ({#id}) so they survive edits and match across languages; slugify only as a fallback.
  md.use(markdownItAnchor, { tabIndex: false, slugify: (s: string) => "h-" + encodeURIComponent(s.trim().toLowerCase().replace(/\s+/g, "-")) });

  md.renderer.rules.image = (tokens, idx, opts, env: { page?: { inputPath?: string } }, self) => {
    let src = tokens[idx]!.attrGet("src") ?? "";
    const size = options.assetSize?.(src);
    if (options.assetUrl && src.startsWith("/assets/")) {
      try {
        src = options.assetUrl(src);
      } catch {
        throw new ContentError(env.page?.inputPath ?? "(Markdown)", `image ${src}`, "a file that exists under assets/ (for example /assets/screens/en/agency-form.webp)");
      }
    }
    const description = md.utils.escapeHtml(self.renderInlineAsText(tokens[idx]!.children ?? [], opts, env));
    const box = size ? ` width="${size.width}" height="${size.height}"` : "";
    // A link to the image named by its description: on a phone only the link shows (the lazy image is never
    // fetched until asked for, keeping a first visit light); on a wide screen and on paper, the image.
    return `<a class="md-image" href="${md.utils.escapeHtml(src)}"><img src="${md.utils.escapeHtml(src)}" alt=""${box} loading="lazy" decoding="async"><span class="md-image__label">${description}</span></a>`;
  };

  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = tokens[idx]!.attrGet("href") ?? "";
    if (/^https?:\/\//i.test(href)) tokens[idx]!.attrSet("rel", "noopener noreferrer");
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}
