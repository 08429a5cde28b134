export * from "./hosts.ts";
export * from "./permissions.ts";
export * from "./report.ts";
export * from "./survey.ts";
