import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { applyChange, clearRegistry, onApplied, site } from "../registry.ts";
import type { AppliedChange } from "../site-state.ts";

const FIXTURE = fileURLToPath(
  new URL("../../core/check/__tests__/fixtures/content", import.meta.url),
);
const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), "citable-registry-"));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
};
afterEach(clearRegistry);

describe("site", () => {
  it("loads a content folder once per base path, with links under that base", async () => {
    const dir = copy();
    const first = await site("/", dir);
    expect(await site("/", dir)).toBe(first);
    const under = await site("/verif/", dir);
    expect(under).not.toBe(first);
    expect(under.sources[0]?.html).toContain('href="/verif/claims/exemple/#citation-dit"');
    expect(first.byId.claims.get("exemple")?.claim).toBe(
      "Il a dit que la République serait derrière Amine.",
    );
  });

  it("rejects content with errors with the check's lines, and tries again on the next call", async () => {
    const dir = copy();
    const claim = join(dir, "claims/exemple.md");
    const text = readFileSync(claim, "utf8");
    writeFileSync(claim, text.replace("verdict: vrai", "verdict: vra"));
    await expect(site("/", dir)).rejects.toThrow("Citable found 1 error in the content");
    writeFileSync(claim, text);
    expect((await site("/", dir)).claims).toHaveLength(1);
  });
});

describe("applyChange", () => {
  it("updates every site of the folder in place, once however many ask", async () => {
    const dir = copy();
    await site("/", dir);
    const claim = join(dir, "claims/exemple.md");
    writeFileSync(
      claim,
      readFileSync(claim, "utf8").replace("Il l’a dit, deux fois.", "Deux fois."),
    );
    const once = applyChange(claim);
    expect(applyChange(claim)).toBe(once);
    expect(await once).toEqual({
      kind: "some",
      claims: new Set(["exemple"]),
      sources: new Set(["journal"]),
    });
    expect((await site("/", dir)).summaries.claims[0]?.summary).toBe("Deux fois.");
  });

  it("reports the check's lines when the change leaves an error, and keeps the views", async () => {
    const dir = copy();
    const before = await site("/", dir);
    const claim = join(dir, "claims/exemple.md");
    writeFileSync(claim, readFileSync(claim, "utf8").replace("verdict: vrai", "verdict: vra"));
    const applied = await applyChange(claim);
    expect(applied.kind).toBe("errors");
    expect(applied.kind === "errors" && applied.lines[0]).toMatch(/unknown-verdict/);
    expect((await site("/", dir)).claims).toEqual(before.claims);
  });

  it("tells its listeners of each change applied, one that changes no summary too", async () => {
    const dir = copy();
    await site("/", dir);
    const told: AppliedChange[] = [];
    const stop = onApplied("test", (change) => told.push(change));
    const source = join(dir, "sources/journal.md");
    writeFileSync(source, `${readFileSync(source, "utf8")}\nUn paragraphe ajouté.\n`);
    await applyChange(source);
    await applyChange(source);
    expect(told).toEqual([
      { kind: "some", claims: new Set(["exemple"]), sources: new Set(["journal"]) },
    ]);
    expect((await site("/", dir)).sources[0]?.html).toContain("Un paragraphe ajouté.");
    const claim = join(dir, "claims/exemple.md");
    writeFileSync(claim, readFileSync(claim, "utf8").replace("verdict: vrai", "verdict: vra"));
    await applyChange(claim);
    expect(told.map(({ kind }) => kind)).toEqual(["some", "errors"]);
    stop();
    writeFileSync(source, readFileSync(source, "utf8").replace("ajouté", "enlevé"));
    await applyChange(source);
    expect(told).toHaveLength(2);
  });
});
