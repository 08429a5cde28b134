import { describe, expect, it } from "vitest";
import { claimSchema } from "../../schema/claim.ts";
import { fieldSubject, schemaDiagnostics } from "../schema-issues.ts";

describe("schemaDiagnostics", () => {
  it("gives one diagnostic per issue, at its field, with the field's description as hint", () => {
    const parsed = claimSchema.safeParse({ claim: 1 }, { reportInput: true });
    if (parsed.success) throw new Error("The claim should be invalid.");
    const diagnostics = schemaDiagnostics(parsed.error.issues, claimSchema, {
      file: "c.md",
      position: (path) => ({ line: path[0] === "claim" ? 2 : 1, column: 1 }),
    });
    expect(diagnostics[0]).toMatchObject({ file: "c.md", line: 2, rule: "invalid-field" });
    expect(diagnostics[0]?.reason).toContain('"claim"');
    expect(diagnostics.filter((d) => d.rule === "missing-field").length).toBeGreaterThan(2);
    expect(diagnostics.every((d) => d.severity === "error" && d.hint)).toBe(true);
  });
});

describe("fieldSubject", () => {
  it.each([
    [["published"], 'The field "published"'],
    [["publisher", "url"], 'The field "publisher.url"'],
    [["citations", 1, "quote"], 'The field "quote" of citation 2'],
    [["corrections", 0, "date"], 'The field "date" of correction 1'],
    [["citations", 2], "Citation 3"],
  ])("names %j as a contributor counts, from 1", (path, subject) => {
    expect(fieldSubject(path)).toBe(subject);
  });
});
