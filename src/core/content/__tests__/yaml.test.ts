import { describe, expect, it } from "vitest";
import { parseYamlFast } from "../yaml.ts";

const NESTED = {
  ok: false,
  reason: "Its values are nested too deeply; write the fields as `name: value` lines.",
  offset: 0,
};

describe("parseYamlFast", () => {
  it.each([
    ["brackets 65 deep", `x: ${"[".repeat(65)}${"]".repeat(65)}\n`],
    ["braces after an apostrophe in plain text", `a: l'a\nx: ${"{".repeat(65)}${"}".repeat(65)}\n`],
  ])("refuses %s before parsing", (_name, source) => {
    expect(parseYamlFast(source)).toEqual(NESTED);
  });

  it.each([
    ["brackets inside a quoted text", 't: "[[[[[["\n', { t: "[[[[[[" }],
    ["lists of lists", "a: [[1, 2], [3]]\n", { a: [[1, 2], [3]] }],
    ["brackets 64 deep", `x: ${"[".repeat(64)}${"]".repeat(64)}\n`, undefined],
  ])("parses %s", (_name, source, data) => {
    const parsed = parseYamlFast(source);
    expect(parsed.ok).toBe(true);
    if (data !== undefined && parsed.ok) expect(parsed.data).toEqual(data);
  });
});
