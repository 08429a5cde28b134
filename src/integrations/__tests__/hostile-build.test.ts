import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASES } from "../../core/check/__tests__/hostile/cases.ts";
import { removeFolder } from "../../core/check/__tests__/hostile/folders.ts";
import { variantFolder } from "../../core/check/__tests__/variant.ts";
import { loadState } from "../site-state.ts";

// The build's own path (the check, then every page's view): a contribution the
// check lets through must build, and one it refuses must stop the build with
// as many errors, never a stack trace from a later step.
// The build checks dates against the real day, not the corpus's TODAY: the cases about
// dates in the future are the check's alone.
const BUILT = CASES.filter((hostile) => !hostile.name.includes("in the future"));

describe("the build on hostile contributions", () => {
  it.each(BUILT)("$name", (hostile) => {
    const root = variantFolder(hostile.edits);
    try {
      hostile.prepare?.(join(root, "content"));
      const errors = hostile.expected.filter((line) =>
        line.split("\n")[0]?.includes("  error  "),
      ).length;
      const build = () => loadState("/", join(root, "content"));
      if (errors > 0) {
        expect(build).toThrow(
          `Citable found ${errors} error${errors === 1 ? "" : "s"} in the content; no page was written.`,
        );
        return;
      }
      const { site } = build();
      // Every folder and file the site names after content, with the longest suffix (`.png`).
      const names = [
        ...site.claims.flatMap((claim) => [
          claim.id,
          ...claim.tags.map((tag) => tag.slug),
          ...(claim.claimant ? [claim.claimant.slug] : []),
        ]),
        ...site.sources.map((source) => source.id),
        ...site.pages.map((page) => page.id),
      ];
      for (const name of names) expect(Buffer.byteLength(`${name}.png`)).toBeLessThanOrEqual(255);
    } finally {
      removeFolder(root);
    }
  });
});
