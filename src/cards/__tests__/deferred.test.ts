import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CardData } from "../card-data.ts";
import { drawDeferred, leaveCards, takeCards } from "../deferred.ts";

const card: CardData = {
  id: "a",
  verdict: { key: "faux", label: "Faux", color: "#b42318", icon: "cross" },
  claim: "« Une affirmation. »",
  kicker: undefined,
  byline: ["Message viral", "12 mars 2026"],
  site: "Citable",
};

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), "citable-deferred-"));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe("the share cards astro build leaves to its caller", () => {
  it("are taken out of the file they were left in whole, and the file goes", () => {
    const file = join(site, "cards.json");
    leaveCards(file, { cacheDir: "/cache/cards", cards: [card] });
    expect(takeCards(file)).toEqual({ cacheDir: "/cache/cards", cards: [card] });
    expect(readdirSync(site)).toEqual([]);
  });

  it("are none when astro build drew and placed them itself", () => {
    expect(takeCards(join(site, "cards.json"))).toBeUndefined();
    expect(existsSync(site)).toBe(true);
  });
});

describe("the share cards npm run build draws while Pagefind indexes", () => {
  const cards = ["a", "b", "c", "d"].map((id) => ({
    ...card,
    id,
    claim: `« Affirmation ${id}. »`,
  }));

  it("draws every card once, however far the first thread got when the index was written", async () => {
    const cache = join(site, "cache");
    const drawing = drawDeferred({ cacheDir: cache, cards }, Promise.resolve());
    expect(drawing.progress().todo).toBe(4);
    const run = await drawing.finished;
    expect(run).toMatchObject({ drawn: 4, cached: 0, left: 0 });
    expect(readdirSync(cache).filter((name) => name.endsWith(".png"))).toHaveLength(4);
  }, 60_000);

  it("draws nothing more once stopped, even when the index is written after", async () => {
    const cache = join(site, "cache");
    let indexed = () => {};
    const drawing = drawDeferred(
      { cacheDir: cache, cards },
      new Promise<void>((resolve) => {
        indexed = resolve;
      }),
    );
    const stopped = drawing.stop();
    indexed();
    const run = await stopped;
    expect(run.drawn + run.left).toBe(4);
    expect(readdirSync(cache).filter((name) => name.endsWith(".png"))).toHaveLength(run.drawn);
  }, 60_000);
});
