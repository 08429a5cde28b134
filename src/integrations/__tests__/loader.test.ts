import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoaderContext } from "astro/loaders";
import { afterEach, describe, expect, it, vi } from "vitest";
import { citableLoader } from "../loader.ts";
import { clearRegistry } from "../registry.ts";

const FIXTURE = fileURLToPath(
  new URL("../../core/check/__tests__/fixtures/content", import.meta.url),
);

type Stored = { id: string; data: Record<string, unknown>; digest?: string };

/** What a loader needs of Astro in `astro dev`: a store, a watcher, digests. */
function devContext() {
  const store = new Map<string, Stored>();
  const sets: string[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  const context = {
    config: { base: "/" },
    logger: { warn: () => {}, error: () => {} },
    watcher,
    generateDigest: (data: unknown) =>
      createHash("sha256").update(JSON.stringify(data)).digest("hex"),
    store: {
      clear: () => store.clear(),
      delete: (id: string) => store.delete(id),
      set: (entry: Stored) => {
        if (entry.digest && store.get(entry.id)?.digest === entry.digest) return false;
        sets.push(entry.id);
        store.set(entry.id, entry);
        return true;
      },
    },
  };
  return { context: context as unknown as LoaderContext, store, sets, watcher };
}

/** Emits a change of `path` and waits until the loader has handled it. */
async function change(watcher: EventEmitter, path: string): Promise<void> {
  const handled = watcher.listeners("change").map((listener) => listener(path));
  await Promise.all(handled);
}

afterEach(() => {
  clearRegistry();
  vi.unstubAllEnvs();
});

describe("citableLoader", () => {
  it("stores claims by id with no summary, and sets again a claim whose summary an edit changed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "citable-loader-"));
    cpSync(FIXTURE, dir, { recursive: true });
    vi.stubEnv("CITABLE_CONTENT", dir);
    vi.stubEnv("NODE_ENV", "development");
    const { context, store, sets, watcher } = devContext();
    await citableLoader("claims").load(context);
    expect([...store.values()].map(({ id, data }) => [id, data])).toEqual([["exemple", {}]]);
    const digest = store.get("exemple")?.digest;
    expect(digest).toMatch(/^[0-9a-f]{64}$/);

    const claim = join(dir, "claims/exemple.md");
    const text = readFileSync(claim, "utf8");
    // The reasoning is not in the summary: nothing to tell astro dev through the store.
    writeFileSync(claim, text.replace("puis répété", "puis redit"));
    await change(watcher, claim);
    expect(sets).toEqual(["exemple"]);

    writeFileSync(claim, text.replace("Il l’a dit, deux fois.", "Deux fois."));
    await change(watcher, claim);
    expect(sets).toEqual(["exemple", "exemple"]);
    expect(store.get("exemple")?.digest).not.toBe(digest);
  });

  it("stores the verdicts whole", async () => {
    vi.stubEnv("CITABLE_CONTENT", FIXTURE);
    const { context, store } = devContext();
    await citableLoader("verdicts").load(context);
    expect(store.get("faux")?.data).toMatchObject({ key: "faux", label: "Faux" });
  });
});
