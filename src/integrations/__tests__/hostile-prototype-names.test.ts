import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TODAY } from "../../core/check/__tests__/hostile/cases.ts";
import { removeFolder } from "../../core/check/__tests__/hostile/folders.ts";
import { variantFolder } from "../../core/check/__tests__/variant.ts";
import { checkContent } from "../../core/check/check-parallel.ts";
import { loadCorpus } from "../../core/check/corpus.ts";
import { loadState } from "../site-state.ts";

const FIXTURE = new URL("../../core/check/__tests__/fixtures/content/", import.meta.url);
const JOURNAL = readFileSync(new URL("sources/journal.md", FIXTURE), "utf8");
const CLAIM = readFileSync(new URL("claims/exemple.md", FIXTURE), "utf8");
const RATINGS = readFileSync(new URL("ratings.yaml", FIXTURE), "utf8");

// The names every plain object answers to: content that used them as keys of `{}`
// would read a function where it expected a source, a claim or a verdict.
const NAMES = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__lookupSetter__",
];
/** The names as ids: lowercase letters, digits and hyphens. */
const asId = (name: string) =>
  name
    .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
    .replace(/_/g, "")
    .replace(/^-|-$/g, "") || "x";

const watchJson = (id: string) =>
  `${JSON.stringify({ sources: { journal: { url: "https://example.org/article", checked: "2026-02-01T06:00:00Z", state: "unchanged" }, [id === "journal" ? "autre" : "journal-bis"]: { url: "https://example.org/b", checked: "2026-02-01T06:00:00Z", state: "gone", status: 404 } } }, null, 2)}\n`;

describe("content whose ids and labels are the names of Object.prototype", () => {
  it("passes the check and builds, a source, a claim, its tags, claimant and verdict named so", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...NAMES),
        fc.subarray(NAMES, { minLength: 1, maxLength: 4 }),
        async (sourceName, claimantName, tagNames) => {
          const source = asId(sourceName);
          const verdict = asId(claimantName);
          const root = variantFolder({
            [`sources/${source}.md`]: JOURNAL,
            [`claims/${asId(tagNames[0] ?? "x")}.md`]: CLAIM.replaceAll(
              "source: journal",
              `source: ${source}`,
            )
              .replace(
                "claimant: Jérôme Durain",
                `claimant: ${JSON.stringify(claimantName)}\ntags: ${JSON.stringify(tagNames)}`,
              )
              .replace("verdict: vrai", `verdict: ${verdict}`),
            "ratings.yaml": RATINGS.replace(
              "  - key: vrai\n",
              `  - key: ${verdict}\n    value: 4\n    color: "#1a7f37"\n    label:\n      fr: Nom\n      en: Name\n    description:\n      fr: Une description.\n      en: A description.\n  - key: vrai\n`,
            ),
            "watch.json": watchJson(source),
          });
          try {
            const content = join(root, "content");
            const checked = await checkContent(content, root, { today: TODAY });
            const errors = checked.diagnostics.filter((d) => d.severity === "error");
            expect(errors).toEqual([]);
            expect(loadCorpus(content, root, { today: TODAY }).diagnostics).toEqual(
              checked.diagnostics,
            );
            const { site } = loadState("/", content);
            expect(site.sources.map((view) => view.id).sort()).toEqual([source, "journal"].sort());
            const view = site.byId.sources.get(source);
            expect(view?.watch).toBeUndefined();
          } finally {
            removeFolder(root);
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);
});
