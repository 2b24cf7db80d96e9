// The small slice of Eleventy's objects this project touches, typed so the rest stays strict.

export interface EleventyPage {
  url: string | false;
  inputPath: string;
  outputPath: string | false;
  fileSlug: string;
  filePathStem: string;
  lang?: string;
}

export interface CollectionItem<Data = PageData> {
  url: string;
  inputPath: string;
  outputPath: string;
  page: EleventyPage;
  data: Data;
  content?: string;
}

export interface CollectionApi {
  getAll(): CollectionItem[];
  getFilteredByGlob(glob: string | string[]): CollectionItem[];
}

/** Front matter as checked by the schema, plus what Eleventy adds. */
export interface PageData {
  title: string;
  description: string;
  section: string;
  order?: number;
  audience: string[];
  sources: string[];
  translationKey: string;
  lastReviewed: Date;
  layout?: string;
  format?: "pocket-card" | "handout";
  page: EleventyPage;
  translation?: { status: "draft" | "reviewed"; from: string };
  [key: string]: unknown;
}

/** `this` inside a filter: the page's variables (nunjucks-filter.ts), so `this.page` is the page. */
export interface FilterContext {
  page?: EleventyPage;
}

export type Filter = (this: FilterContext, ...args: never[]) => unknown;

export interface EleventyDirectories {
  input: string;
  data: string;
  includes: string;
  layouts?: string;
  output: string;
}

export interface EleventyConfig {
  directories: EleventyDirectories;
  addPlugin(plugin: unknown, options?: unknown): void;
  addShortcode(name: string, fn: (...args: any[]) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  addCollection(name: string, fn: (api: CollectionApi) => unknown): void;
  addPassthroughCopy(spec: string | Record<string, string>): void;
  addWatchTarget(path: string): void;
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addTemplateFormats(formats: string): void;
  addTransform(name: string, fn: (this: FilterContext, content: string) => string | Promise<string>): void;
  setLibrary(name: string, lib: unknown): void;
  amendLibrary(name: "md", fn: (lib: import("markdown-it").default) => void): void;
  /** Nunjucks: filters are added here (nunjucks-filter.ts), not with addFilter. */
  amendLibrary(name: "njk", fn: (env: { addFilter(name: string, fn: (...args: any[]) => unknown): void }) => void): void;
  setLayoutsDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setServerOptions(options: Record<string, unknown>): void;
  setFrontMatterParsingOptions(options: { engines?: Record<string, (text: string, parsing?: { filePath?: string }) => unknown> }): void;
  setDataFileSuffixes(suffixes: string[]): void;
  setQuietMode(quiet: boolean): void;
  on(event: string, fn: (...args: any[]) => unknown): void;
  ignores: { add(glob: string): void };
}
