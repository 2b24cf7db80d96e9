// citation-js ships no type declarations; this is the part the citation kit uses (scripts/eleventy/citation/engine.ts).
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: "bibliography", options: { format: "text" | "html"; template: string; lang?: string }): string;
    format(format: "ris", options?: { format?: "text" }): string;
    format(format: "data", options?: { format?: "text" | "object" }): string;
  }
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-ris";
