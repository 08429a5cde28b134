import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { openContentFile } from "../content-file.ts";
import { loadWatch, originalWarning } from "../watch-file.ts";

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

describe("originalWarning", () => {
  const file = () => {
    const opened = openContentFile(
      '---\ntitle: Article\npublisher: Journal\npublished: 2026-01-05\nurl: "https://example.org/a"\n---\nTexte.\n',
      "content/sources/article.md",
    );
    if (!("body" in opened)) throw new Error(opened.reason);
    return opened;
  };
  const checked = { url: "https://example.org/a", checked: "2026-11-28T06:00:00Z" };

  it("warns on the url line when cited passages are gone, naming them", () => {
    expect(
      originalWarning(file(), {
        ...checked,
        state: "changed-quotes-gone",
        status: 200,
        gone: [{ claim: "c1", citation: "pret", quote: "je serai prêt à le faire" }],
      }),
    ).toEqual({
      file: "content/sources/article.md",
      line: 5,
      column: 1,
      endLine: 5,
      endColumn: 29,
      severity: "warning",
      rule: "original-changed",
      reason:
        "The original changed since it was archived: 1 cited passage is no longer in it (c1, citation pret). The archived copy stays the reference; check whether the article was corrected.",
    });
  });

  it("says nothing of an original unchanged, or changed with every quote still there", () => {
    expect(
      originalWarning(file(), { ...checked, state: "unchanged", status: 200 }),
    ).toBeUndefined();
    expect(
      originalWarning(file(), { ...checked, state: "changed-quotes-present", status: 200 }),
    ).toBeUndefined();
  });
});
