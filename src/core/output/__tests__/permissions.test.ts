import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { surveyOutput } from "../survey.ts";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const mode = (path: string) => statSync(path).mode & 0o777;

describe("the output survey, asked to make the site readable", () => {
  it("opens a site written in a private temporary folder to every reader", () => {
    dir = mkdtempSync(join(tmpdir(), "citable-dist-"));
    mkdirSync(join(dir, "claims", "a"), { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, "claims", "a", "index.html"), "<p>a</p>", { mode: 0o600 });
    writeFileSync(join(dir, "index.html"), "<p>home</p>", { mode: 0o600 });
    chmodSync(join(dir, "claims"), 0o700);
    expect(mode(dir)).toBe(0o700);

    const survey = surveyOutput(dir, { makeReadable: true });

    expect(survey.files).toBe(2);
    expect(mode(dir)).toBe(0o755);
    expect(mode(join(dir, "claims"))).toBe(0o755);
    expect(mode(join(dir, "claims", "a"))).toBe(0o755);
    expect(mode(join(dir, "index.html"))).toBe(0o644);
    expect(mode(join(dir, "claims", "a", "index.html"))).toBe(0o644);
  });

  it("leaves the modes as they are when it is not asked to", () => {
    dir = mkdtempSync(join(tmpdir(), "citable-dist-"));
    writeFileSync(join(dir, "index.html"), "<p>home</p>", { mode: 0o600 });
    chmodSync(dir, 0o700);

    surveyOutput(dir);

    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, "index.html"))).toBe(0o600);
  });
});
