export * from "./claim.ts";
export * from "./fields.ts";
export * from "./page.ts";
export * from "./settings.ts";
export * from "./source.ts";
