import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Rule } from "../rules.ts";

// The rules are the core's; the share cards (src/cards/) report one of them too.
const product = fileURLToPath(new URL("../../..", import.meta.url));

/** The text of every module of src/, tests left out. */
function productSources(folder = product): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : productSources(path);
    return entry.name.endsWith(".ts") ? [readFileSync(path, "utf8")] : [];
  });
}

describe("Rule", () => {
  it("has one kebab-case id per rule, never two rules with the same id", () => {
    const ids = Object.values(Rule);
    expect(ids.every((id) => /^[a-z]+(-[a-z]+)*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has no rule that nothing reports", () => {
    const text = productSources().join("\n");
    const unused = Object.entries(Rule).filter(
      ([name, id]) =>
        !text.includes(`Rule.${name}`) &&
        !text.includes(`problem: "${id}"`) &&
        !text.includes(`rule: "${id}"`),
    );
    expect(unused).toEqual([]);
  });
});
