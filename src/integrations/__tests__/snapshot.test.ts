import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { clearRegistry, site } from "../registry.ts";
import { readSnapshot, writeSnapshot } from "../snapshot.ts";

const FIXTURE = fileURLToPath(
  new URL("../../core/check/__tests__/fixtures/content", import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), "citable-snapshot-"));
afterAll(() => {
  clearRegistry();
  rmSync(dir, { recursive: true, force: true });
});

describe("the snapshot getStaticPaths() reads on another thread", () => {
  it("gives back the views, their share cards and the related claims of the loaded site", async () => {
    const loaded = await site("/", FIXTURE);
    const file = join(dir, "site.v8");
    writeSnapshot(file, loaded);
    const read = readSnapshot(file);
    expect(read.claims).toEqual(loaded.claims);
    expect(read.claims[0]?.card?.path).toMatch(/^cards\/exemple-[0-9a-f]{16}\.png$/);
    expect(read.sources).toEqual(loaded.sources);
    expect(read.byId.claims.get("exemple")).toEqual(loaded.byId.claims.get("exemple"));
    expect(read.related.of("exemple")).toEqual(loaded.related.of("exemple"));
  });
});
