import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CardData } from "../card-data.ts";
import { leaveCards, takeCards } from "../deferred.ts";

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
