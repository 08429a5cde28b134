import { fileURLToPath } from "node:url";
import type { LoaderContext } from "astro/loaders";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { citableLoader } from "../loader.ts";
import { clearRegistry } from "../registry.ts";

const FIXTURE = fileURLToPath(
  new URL("../../core/check/__tests__/fixtures/content", import.meta.url),
);

/** A loader context as Astro gives one: with a file watcher in `astro dev`, without in a build. */
function context(watching: boolean) {
  const stored = new Map<string, unknown>();
  const watcher = { add: vi.fn(), on: vi.fn() };
  const fake = {
    config: { base: "/" },
    logger: { warn: vi.fn(), error: vi.fn() },
    store: {
      clear: () => stored.clear(),
      set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data),
      delete: (id: string) => stored.delete(id),
    },
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(),
    ...(watching ? { watcher } : {}),
  };
  return { context: fake as unknown as LoaderContext, stored, watcher };
}

beforeEach(() => vi.stubEnv("CITABLE_CONTENT", FIXTURE));
afterEach(() => {
  vi.unstubAllEnvs();
  clearRegistry();
});

describe("citableLoader", () => {
  it("stores the claims' summaries in `astro dev`, where they tell Astro what changed", async () => {
    const { context: dev, stored, watcher } = context(true);
    await citableLoader("claims").load(dev);
    expect([...stored.keys()]).toEqual(["exemple"]);
    expect(stored.get("exemple")).toMatchObject({ id: "exemple" });
    expect(watcher.add).toHaveBeenCalledWith(FIXTURE);
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
