import { describe, expect, it } from "vitest";
import { captureLink } from "../capture-link.ts";

const sha256 = "0".repeat(64);

describe("captureLink", () => {
  it.each([
    ["captures/article.html", "captures/article.html.txt", "article.html", "html"],
    ["captures/rapport.pdf", "captures/rapport.pdf", "rapport.pdf", "pdf"],
    ["captures/copie.txt", "captures/copie.txt", "copie.txt", "txt"],
  ])("serves %s at %s, downloaded as %s", (file, path, download, format) => {
    expect(captureLink({ file, sha256 })).toEqual({ file, path, download, format, sha256 });
  });
});
