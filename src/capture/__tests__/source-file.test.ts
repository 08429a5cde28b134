import { describe, expect, it } from "vitest";
import { sourceFile } from "../source-file.ts";

const capture = { file: "captures/page.html", sha256: "a".repeat(64), retrieved: "2026-03-01" };

describe("sourceFile", () => {
  it("leaves what the capture does not give empty or commented out, saying so", () => {
    const { text, missing } = sourceFile({
      metadata: { published: { value: "mardi dernier", origin: "Open Graph" } },
      markdown: "Le texte.",
      capture,
      today: "2026-03-01",
    });
    expect(missing).toEqual(["title", "publisher", "published"]);
    expect(text).toBe(
      [
        "---",
        "# yaml-language-server: $schema=../../public/schemas/source.schema.json",
        '# The capture does not say; write it, or "Non renseigné".',
        "title:",
        '# The capture does not say; write it, or "Non renseigné".',
        "publisher:",
        '# The page gives "mardi dernier", which is not a date: write it as YYYY-MM-DD.',
        "published:",
        "# author: not given by the capture.",
        "# lang: not given by the capture.",
        "# url: not given by the capture.",
        "archived: 2026-03-01",
        "# The original bytes, kept as evidence: npm run check verifies their hash.",
        "capture:",
        "  file: captures/page.html",
        `  sha256: ${"a".repeat(64)}`,
        "  retrieved: 2026-03-01",
        "---",
        "Le texte.",
        "",
      ].join("\n"),
    );
  });

  it("quotes values in YAML without changing a character", () => {
    const title = 'Faux\u00A0: « il a dit » — l’𝐚𝐜𝐭𝐞 #1 \\ "net"';
    const { text } = sourceFile({
      metadata: { title: { value: title, origin: "Open Graph" } },
      markdown: "",
      capture,
      today: "2026-03-01",
    });
    expect(text).toContain(
      `# Read from the page's Open Graph metadata.\ntitle: ${JSON.stringify(title)}\n`,
    );
  });
});
