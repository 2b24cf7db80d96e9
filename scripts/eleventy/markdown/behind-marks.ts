import type MarkdownIt from "markdown-it";

/** What a page's marks need: the ids behind the English, the mark's words, and the English page. */
export interface BehindLookup {
  (env: Record<string, unknown>): { ids: string[]; label: string; englishUrl: string; englishLang: string } | undefined;
}

/**
 * Marks each heading, paragraph and list item whose English changed since it was translated: a link
 * "English text changed" (in the page's language) to the same paragraph in English, at the block's start.
 * Search does not index the mark.
 *
 * @example
 * md.use(behindMarks, { lookup: () => ({ ids: ["intro"], label: "English text changed", englishUrl: "/en/a/", englishLang: "en" }) })
 * md.render("Hola {#intro}", {}) // → '<p id="intro"><a class="behind-mark" href="/en/a/#intro" …>English text changed</a> Hola</p>\n'
 */
export function behindMarks(md: MarkdownIt, options: { lookup: BehindLookup }): void {
  md.core.ruler.push("behind_marks", (state) => {
    const found = options.lookup(state.env as Record<string, unknown>);
    if (!found?.ids.length) return;
    const { escapeHtml } = md.utils;
    state.tokens.forEach((token, i) => {
      const id = token.attrGet("id");
      if (!id || !found.ids.includes(id) || !["heading_open", "paragraph_open", "list_item_open"].includes(token.type)) return;
      const inline = state.tokens.find((t, at) => at > i && t.type === "inline");
      if (!inline?.children) return;
      const mark = new state.Token("html_inline", "", 0);
      mark.content = `<a class="behind-mark" href="${escapeHtml(`${found.englishUrl}#${id}`)}" hreflang="${escapeHtml(found.englishLang)}" data-pagefind-ignore>${escapeHtml(found.label)}</a> `;
      inline.children.unshift(mark);
    });
  });
}
