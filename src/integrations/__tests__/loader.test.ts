import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoaderContext } from "astro/loaders";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { citableLoader } from "../loader.ts";
import { applyChange, clearRegistry, configure } from "../registry.ts";

const FIXTURE = fileURLToPath(
  new URL("../../core/check/__tests__/fixtures/content", import.meta.url),
);

type Stored = { id: string; data: Record<string, unknown>; digest?: string };

/**
 * A loader context as Astro gives one: with a file watcher in `astro dev`, without in a
 * build. Its store skips an entry whose digest it holds already, as Astro's does.
 */
function context(watching: boolean) {
  const stored = new Map<string, Stored>();
  const sets: string[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const fake = {
    config: { base: "/" },
    logger: { warn: vi.fn(), error: vi.fn(), info: vi.fn() },
    store: {
      clear: () => stored.clear(),
      delete: (id: string) => stored.delete(id),
      set: (entry: Stored) => {
        if (entry.digest && stored.get(entry.id)?.digest === entry.digest) return false;
        sets.push(entry.id);
        stored.set(entry.id, entry);
        return true;
      },
    },
    generateDigest: (data: unknown) =>
      createHash("sha256").update(JSON.stringify(data)).digest("hex"),
    ...(watching ? { watcher } : {}),
  };
  return { context: fake as unknown as LoaderContext, stored, sets, watcher };
}

beforeEach(() => configure({ content: FIXTURE }));
afterEach(() => clearRegistry());

describe("citableLoader", () => {
  it("stores nothing of the claims, sources and verdicts in `astro dev`, and leaves Vite's watcher alone", async () => {
    for (const collection of ["claims", "sources", "verdicts"] as const) {
      const { context: dev, stored, watcher } = context(true);
      await citableLoader(collection).load(dev);
      expect(stored.size).toBe(0);
      // The dev loop watches the content folder (dev-reload.ts).
      expect(watcher.add).not.toHaveBeenCalled();
      expect(watcher.eventNames()).toEqual([]);
    }
    const settings = context(true);
    await citableLoader("settings").load(settings.context);
    expect([...settings.stored.keys()]).toEqual(["site"]);
  });

  it("leaves the store as it is on an edit, and says the errors an edit leaves", async () => {
    const dir = mkdtempSync(join(tmpdir(), "citable-loader-"));
    cpSync(FIXTURE, dir, { recursive: true });
    configure({ content: dir });
    const loaded = await Promise.all(
      (["claims", "settings"] as const).map(async (collection) => {
        const loader = context(true);
        await citableLoader(collection).load(loader.context);
        return loader;
      }),
    );
    const setsBefore = loaded.map(({ sets }) => [...sets]);
    // As the dev loop does on each change (dev-reload.ts).
    const claim = join(dir, "claims/exemple.md");
    const text = readFileSync(claim, "utf8");
    writeFileSync(claim, text.replace("Il l’a dit, deux fois.", "Deux fois."));
    expect((await applyChange(claim)).kind).toBe("some");
    expect(loaded.map(({ sets }) => sets)).toEqual(setsBefore);
    const [claims, settings] = loaded.map(({ context }) => context.logger.error);
    expect(settings).not.toHaveBeenCalled();

    writeFileSync(claim, text.replace("verdict: vrai", "verdict: vra"));
    expect((await applyChange(claim)).kind).toBe("errors");
    expect(claims).not.toHaveBeenCalled();
    expect(settings).toHaveBeenCalledWith(expect.stringMatching(/unknown-verdict/));
  });

  it("says, once the content is loaded, how many fact-checks, sources and quotes it checked", async () => {
    const settings = context(false);
    await citableLoader("settings").load(settings.context);
    expect(settings.context.logger.info).toHaveBeenCalledWith(
      "1 fact-check and 1 source checked: each of their 2 quotes stands in its source.",
    );
    const claims = context(false);
    await citableLoader("claims").load(claims.context);
    expect(claims.context.logger.info).not.toHaveBeenCalled();
  });

  it("stores no claims in a build, where the pages read the registry, but still checks the content", async () => {
    const { context: build, stored } = context(false);
    await citableLoader("claims").load(build);
    expect(stored.size).toBe(0);
    const settings = context(false);
    await citableLoader("settings").load(settings.context);
    expect([...settings.stored.keys()]).toEqual(["site"]);
  });
});
