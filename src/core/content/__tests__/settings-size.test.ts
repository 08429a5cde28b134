import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

// Counts the work instead of timing it: a busy machine is slow, a quadratic check is slow everywhere.
const counted = vi.hoisted(() => ({ parses: 0, indexes: 0 }));
vi.mock("../yaml.ts", async (original) => {
  const actual = await original<typeof import("../yaml.ts")>();
  return {
    ...actual,
    parseYaml: (source: string) => {
      counted.parses++;
      return actual.parseYaml(source);
    },
  };
});
vi.mock("../content-file.ts", async (original) => {
  const actual = await original<typeof import("../content-file.ts")>();
  return {
    ...actual,
    pointsOf: (raw: string) => {
      counted.indexes++;
      return actual.pointsOf(raw);
    },
  };
});
const { loadSettings } = await import("../settings-files.ts");

const FIXTURE = fileURLToPath(new URL("../../check/__tests__/fixtures/content", import.meta.url));
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A rating scale of `count` verdicts, every one too light for the badge, every other one a key written twice. */
function badScale(count: number): string {
  const verdicts = Array.from(
    { length: count },
    (_, i) =>
      `  - key: v${i - (i % 2)}\n    color: "#eeeeee"\n    label:\n      fr: V\n      en: V\n    description:\n      fr: D.\n      en: D.\n`,
  );
  return `worst: 1\nbest: 4\nverdicts:\n${verdicts.join("")}`;
}

describe("loadSettings on a large bad rating scale", () => {
  it.each([10, 1000])(
    "reads and parses ratings.yaml once for %i bad verdicts, and reports each",
    (count) => {
      dir = mkdtempSync(join(tmpdir(), "citable-scale-"));
      copyFileSync(join(FIXTURE, "site.yaml"), join(dir, "site.yaml"));
      writeFileSync(join(dir, "ratings.yaml"), badScale(count));
      counted.parses = 0;
      counted.indexes = 0;
      const { diagnostics } = loadSettings(dir, "content");
      expect(diagnostics.filter((d) => d.rule === "verdict-contrast")).toHaveLength(count);
      expect(diagnostics.filter((d) => d.rule === "duplicate-verdict")).toHaveLength(count / 2);
      // site.yaml and ratings.yaml: one parse and one line index each.
      expect(counted).toEqual({ parses: 2, indexes: 2 });
      expect(diagnostics.find((d) => d.rule === "duplicate-verdict")).toMatchObject({
        line: 12,
        reason: 'The verdict key "v0" is defined twice. Give each verdict its own key.',
        hint: "It is first defined on line 4.",
      });
    },
  );
});
