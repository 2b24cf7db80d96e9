// Eleventy ships no type declarations; this is the part the build uses (see scripts/eleventy/types.ts).
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: { configPath?: string; quietMode?: boolean; runMode?: "build" | "watch" | "serve"; config?: (eleventyConfig: { on: (event: string, fn: () => void) => void }) => void },
    );
    write(): Promise<unknown>;
    disableLogger(): void;
    // The dev server (scripts/dev.ts):
    init(): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
    watch(): Promise<void>;
    serve(port: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
}

// citeproc-js ships no type declarations; the tests read CSL-JSON back through it (tests/build/citation.test.ts).
declare module "citeproc" {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string);
    updateItems(ids: string[]): void;
    setOutputFormat(format: "text" | "html"): void;
    makeBibliography(): [unknown, string[]];
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}

// The xliff package (locize) ships no types: the part the tests use to read exports independently.
declare module "xliff/xliff2js" {
  export default function xliff2js(xml: string): Promise<unknown>;
}
