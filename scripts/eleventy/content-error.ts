/**
 * An error in content an editor can fix: it always names the file, the field
 * (or card, panel and language) and what was expected.
 *
 * @example
 * throw new ContentError("content/en/a.md", "title", "a non-empty string");
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly expected: string,
    readonly got?: string,
  ) {
    super(`${file}: ${field}: expected ${expected}${got === undefined ? "" : ` (got ${got})`}`);
    this.name = "ContentError";
  }
}

/** Several content errors reported at once, so an editor fixes them in one pass. */
export class ContentErrors extends Error {
  constructor(readonly errors: Error[]) {
    super(`${errors.length} content error${errors.length === 1 ? "" : "s"}:\n` + errors.map((e) => `  - ${e.message}`).join("\n"));
    this.name = "ContentErrors";
  }
}

/** Throws all collected errors together, or does nothing when there are none. */
export function throwIfAny(errors: Error[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ContentErrors(errors);
}
