/**
 * The page each part starts on when parts of `pages` pages each follow one
 * another from page `first` (a packet's contents list).
 *
 * @example
 * startPages([{ data: { pages: 2 } }, { data: { pages: 1 } }, { data: {} }], 3) // → [3, 5, 6]
 */
export function startPages(parts: { data: { pages?: unknown } }[], first: number): number[] {
  const starts: number[] = [];
  let next = first;
  for (const part of parts) {
    starts.push(next);
    next += typeof part.data.pages === "number" ? part.data.pages : 1;
  }
  return starts;
}
