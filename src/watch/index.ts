/** Watching the sources' live originals: fetch, compare, report, and the watch.json file. */
export * from "./report.ts";
export * from "./targets.ts";
export * from "./watch-all.ts";
export * from "./watch-json.ts";
export * from "./watch-markdown.ts";
export * from "./watch-source.ts";
