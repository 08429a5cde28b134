import { describe, expect, it } from "vitest";
import { openContentFile } from "../../content/content-file.ts";
import { loadSource } from "../sources.ts";

const open = (raw: string) => {
  const file = openContentFile(raw, "sources/s.md");
  if ("rule" in file) throw new Error(file.reason);
  return file;
};

describe("loadSource", () => {
  it("makes a valid source searchable, with offsets into the file", () => {
    const raw = "---\ntitle: T\npublisher: P\npublished: 2025-01-01\n---\nUn *texte* visible.\n";
    const { source, diagnostics, readable } = loadSource("s", open(raw));
    expect(diagnostics).toEqual([]);
    expect(readable).toBe(true);
    expect(source?.text.visible.text).toBe("Un texte visible.");
    expect(raw[source?.text.visible.offsets[3] ?? -1]).toBe("t");
  });

  it("refuses a source published after today, and keeps its text for quotes", () => {
    const raw = "---\ntitle: T\npublisher: P\npublished: 2030-01-01\n---\nTexte.\n";
    const loaded = loadSource("s", open(raw), { today: "2026-06-01" });
    expect(loaded.source).toBeUndefined();
    expect(loaded.text.visible.text).toBe("Texte.");
    expect(loaded.diagnostics.map((d) => [d.line, d.rule])).toEqual([[4, "future-date"]]);
  });

  it("names each missing field of the front matter", () => {
    const loaded = loadSource("s", open("---\ntitle: T\n---\nTexte.\n"));
    expect(loaded.diagnostics.map((d) => d.rule)).toEqual(["missing-field", "missing-field"]);
  });

  it.each([
    ["http://127.0.0.1:8080/page", "127.0.0.1", "loopback, this machine"],
    ["http://2130706433/page", "127.0.0.1", "loopback, this machine"],
    [
      "http://[::ffff:169.254.169.254]/latest/",
      "::ffff:a9fe:a9fe",
      "link-local, where cloud metadata services answer",
    ],
    ["http://localhost:4321/", "localhost", "loopback, this machine"],
    ["http://[fd00::1]/", "fd00::1", "a private IPv6 network"],
  ])("refuses a url on a private network: %s", (url, address, range) => {
    const raw = `---\ntitle: T\npublisher: P\npublished: 2025-01-01\nurl: "${url}"\n---\nTexte.\n`;
    const { diagnostics } = loadSource("s", open(raw));
    expect(diagnostics.map((d) => [d.line, d.rule, d.reason])).toEqual([
      [
        5,
        "private-address",
        `The field "url" leads to ${address}, an address of a private network (${range}): npm run watch-sources would fetch it from the machine that runs it. Write the document's public address, or leave the field out.`,
      ],
    ]);
  });
});
