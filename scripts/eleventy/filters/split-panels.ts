/**
 * Splits rendered HTML into its `<h2>` sections, one string per section (the
 * heading and everything up to the next `<h2>`). Anything before the first
 * heading is returned as `intro`. Pocket cards use it to put one section in
 * each inside panel.
 *
 * @example
 * splitPanels('<p>x</p><h2 id="a">A</h2><p>1</p><h2 id="b">B</h2><ul><li>2</li></ul>')
 * // → { intro: "<p>x</p>", sections: ['<h2 id="a">A</h2><p>1</p>', '<h2 id="b">B</h2><ul><li>2</li></ul>'] }
 */
export function splitPanels(html: string): { intro: string; sections: string[] } {
  const parts = html.split(/(?=<h2[\s>])/);
  const intro = parts[0]!.startsWith("<h2") ? "" : parts.shift()!;
  return { intro: intro.trim(), sections: parts.map((part) => part.trim()) };
}
