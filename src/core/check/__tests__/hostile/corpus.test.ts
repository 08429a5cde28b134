import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../diagnostics/format.ts";
import { loadCorpus } from "../../corpus.ts";
import { variantFolder } from "../variant.ts";
import { CASES, type HostileCase, MARKER, TODAY } from "./cases.ts";
import { removeFolder } from "./folders.ts";

/** A case's folder checked as the build checks it, with the memory it took. */
function check(hostile: HostileCase) {
  const root = variantFolder(hostile.edits);
  try {
    hostile.prepare?.(join(root, "content"));
    const before = process.memoryUsage();
    const { diagnostics } = loadCorpus(join(root, "content"), root, { today: TODAY });
    const after = process.memoryUsage();
    return {
      diagnostics,
      heap: after.heapUsed - before.heapUsed,
      buffers: after.arrayBuffers - before.arrayBuffers,
    };
  } finally {
    removeFolder(root);
  }
}

/** A diagnostic as the case expects it: whole, or its first line for a quote not found. */
function printed(line: string): string {
  const head = line.split("\n")[0] as string;
  return head.endsWith("  quote-not-found") ? head : line;
}

const MB = 1024 * 1024;

describe("loadCorpus on hostile contributions", () => {
  it("holds at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)("$name", (hostile) => {
    const { diagnostics, heap, buffers } = check(hostile);
    expect(diagnostics.map((d) => printed(formatDiagnostic(d)))).toEqual(hostile.expected);
    // Bounded memory (not time: a busy machine is slow): a YAML bomb expanded, or a 50 MB file read, would take far more.
    expect(heap).toBeLessThan(128 * MB);
    expect(buffers).toBeLessThan(16 * MB);
  });

  it("ran none of the code written as front matter", () => {
    expect(existsSync(MARKER)).toBe(false);
  });

  it("names the source and the line of the closest passage when an edit removed a quote", () => {
    const edited = CASES.find((hostile) => hostile.name.includes("a later edit of the source"));
    const [diagnostic] = check(edited as HostileCase).diagnostics;
    expect(diagnostic?.file).toBe("content/claims/exemple.md");
    expect(diagnostic?.hint).toContain("content/sources/journal.md:10");
  });
});
