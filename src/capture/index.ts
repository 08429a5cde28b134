/** Capturing sources: fetch, extraction, metadata and the source file an import writes. */
export * from "./errors.ts";
export * from "./extract.ts";
export * from "./extract-worker.ts";
export * from "./fetch.ts";
export * from "./import-source.ts";
export * from "./kind.ts";
export * from "./user-agent.ts";
