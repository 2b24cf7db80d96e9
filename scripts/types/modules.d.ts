// Eleventy ships no type declarations; this is the part the build uses (see scripts/eleventy/types.ts).
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean });
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}
