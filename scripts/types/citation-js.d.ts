// citation-js ships no type declarations; this is the part the citation kit uses (scripts/eleventy/citation/engine.ts).
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: "bibliography", options: { format: "text" | "html"; template: string; lang?: string }): string;
    format(format: "bibtex" | "biblatex" | "ris", options?: { format?: "text" }): string;
    format(format: "data", options?: { format?: "text" | "object" }): string;
  }
  export const plugins: {
    config: { get(name: string): any };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
