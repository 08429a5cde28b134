import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../check/diagnostics.ts";
import { loadWatch } from "../watch-file.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "citable-watch-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const load = (text?: string) => {
  if (text !== undefined) writeFileSync(join(dir, "watch.json"), text);
  const diagnostics: Diagnostic[] = [];
  const watch = loadWatch(dir, "content", diagnostics);
  return { watch, diagnostics };
};

const ENTRY = `{
  "sources": {
    "entretien": {
      "url": "https://example.org/a",
      "checked": "2026-11-28T06:00:00Z",
      "state": "gone",
      "status": 404
    }
  }
}
`;

describe("loadWatch", () => {
  it("reads nothing and reports nothing when there is no watch.json", () => {
    expect(load()).toEqual({ watch: undefined, diagnostics: [] });
  });

  it("reads the file npm run watch-sources writes", () => {
    expect(load(ENTRY)).toEqual({
      watch: {
        sources: {
          entretien: {
            url: "https://example.org/a",
            checked: "2026-11-28T06:00:00Z",
            state: "gone",
            status: 404,
          },
        },
      },
      diagnostics: [],
    });
  });

  it("reports a file that is not JSON on the line where it breaks", () => {
    const { watch, diagnostics } = load(ENTRY.replace('"state": "gone",', '"state": "gone"'));
    expect(watch).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        file: "content/watch.json",
        line: 7,
        column: 7,
        severity: "error",
        rule: "watch-file",
        reason:
          "The file is not valid JSON (Expected ',' or '}' after property value). It is written by npm run watch-sources: run it again, or restore the file from the history.",
      },
    ]);
  });

  it("reports a field that is not what the command writes on its line", () => {
    const { diagnostics } = load(ENTRY.replace('"state": "gone"', '"state": "perdu"'));
    expect(diagnostics.map(({ line, rule, reason }) => ({ line, rule, reason }))).toEqual([
      {
        line: 6,
        rule: "invalid-field",
        reason:
          'The field "sources.entretien.state" must be one of unchanged, changed-quotes-present, changed-quotes-gone, moved, gone, unreachable, but it is "perdu".',
      },
    ]);
  });
});
