import { describe, expect, it } from "vitest";
import { CAPTURE_FILE, MAX_CAPTURE_BYTES } from "../capture-file.ts";

describe("CAPTURE_FILE", () => {
  it.each([
    ["captures/who-2022.html", true],
    ["captures/rapport-2024.pdf", true],
    ["captures/note.txt", true],
    ["captures/../settings.yaml", false],
    ["captures/Rapport.pdf", false],
    ["captures/rapport.exe", false],
    ["sources/rapport.pdf", false],
    ["captures/sub/rapport.pdf", false],
  ])("takes %s as a capture file: %s", (name, accepted) => {
    expect(CAPTURE_FILE.test(name)).toBe(accepted);
  });
});

describe("MAX_CAPTURE_BYTES", () => {
  it("is 10 MB", () => {
    expect(MAX_CAPTURE_BYTES).toBe(10 * 1024 * 1024);
  });
});
