export * from "./annotations.ts";
export * from "./claim-review.ts";
export * from "./export.ts";
export * from "./model.ts";
export * from "./slug.ts";
export * from "./text-fragment.ts";
