import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { surveyOutput } from "../survey.ts";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("surveyOutput", () => {
  it("adds up the files in every folder and names the largest by its path in the site", () => {
    dir = mkdtempSync(join(tmpdir(), "citable-survey-"));
    mkdirSync(join(dir, "claims", "a"), { recursive: true });
    writeFileSync(join(dir, "index.html"), "x".repeat(100));
    writeFileSync(join(dir, "claims", "a", "index.html"), "x".repeat(300));
    writeFileSync(join(dir, "claims", "a", "claim.json"), "x".repeat(50));
    expect(surveyOutput(dir)).toEqual({
      bytes: 450,
      files: 3,
      largest: { path: "claims/a/index.html", bytes: 300 },
    });
  });

  it("says there is no largest file in an empty site", () => {
    dir = mkdtempSync(join(tmpdir(), "citable-survey-"));
    mkdirSync(join(dir, "empty"));
    expect(surveyOutput(dir)).toEqual({ bytes: 0, files: 0, largest: undefined });
  });
});
