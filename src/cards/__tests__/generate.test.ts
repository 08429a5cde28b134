import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type CardData, cardHash, cardPath, type SiteCardData } from "../card-data.ts";
import { type CardRun, drawCards, placeCards, reportProgress } from "../generate.ts";
import { readPng } from "./read-png.ts";

const card = (id: string, claim: string): CardData => ({
  id,
  verdict: { key: "vrai", label: "Vrai", color: "#1a7f37", icon: "check" },
  claim,
  kicker: undefined,
  byline: ["Jérôme Durain", "22 novembre 2025"],
  site: "Citable",
});
const cards = [card("a", "Première affirmation."), card("b", "Deuxième affirmation.")];

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "citable-cards-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("drawCards", () => {
  it("draws each card into the cache once, and none again while what it shows is unchanged", async () => {
    const cache = join(work, "cache");
    expect(await drawCards(cards, cache, 1).finished).toMatchObject({
      drawn: 2,
      cached: 0,
      left: 0,
    });
    expect(readdirSync(cache).sort()).toEqual(cards.map((c) => `${cardHash(c)}.png`).sort());
    const changed = [cards[0] as CardData, { ...(cards[1] as CardData), claim: "Autre chose." }];
    expect(await drawCards(changed, cache, 1).finished).toMatchObject({ drawn: 1, cached: 1 });
  });

  it("stops before the next card when asked, and a later drawing draws the rest", async () => {
    const cache = join(work, "cache");
    const many = Array.from({ length: 300 }, (_, i) => card(`c${i}`, `Affirmation numéro ${i}.`));
    // Stopped before its thread has started: it draws nothing, and leaves no file half written.
    const stopped = await drawCards(many, cache, 1).stop();
    expect(stopped).toMatchObject({ drawn: 0, cached: 0, left: 300 });
    expect(readdirSync(cache)).toEqual([]);
    const rest = await drawCards(many, cache, 1).finished;
    expect(rest).toMatchObject({ drawn: 300, cached: 0, left: 0 });
    expect(readdirSync(cache)).toHaveLength(300);
  });
});

describe("the progress of a drawing", () => {
  afterEach(() => vi.useRealTimers());

  it("counts the cards the cache lacked, and those drawn so far", async () => {
    const cache = join(work, "cache");
    await drawCards([cards[0] as CardData], cache, 1).finished;
    const drawing = drawCards(cards, cache, 1);
    expect(drawing.progress()).toMatchObject({ drawn: 0, todo: 1 });
    await drawing.finished;
    expect(drawing.progress()).toMatchObject({ drawn: 1, todo: 1 });
  });

  it("is said every ten seconds until the drawing has finished", async () => {
    vi.useFakeTimers();
    const start = Date.now();
    let drawn = 0;
    let finish: (run: CardRun) => void = () => undefined;
    const drawing = {
      finished: new Promise<CardRun>((resolve) => {
        finish = resolve;
      }),
      stop: () => drawing.finished,
      progress: () => ({ drawn, todo: 17_340, ms: Date.now() - start }),
    };
    const lines: string[] = [];
    reportProgress(drawing, (line) => lines.push(line));
    drawn = 3_120;
    vi.advanceTimersByTime(10_000);
    drawn = 6_400;
    vi.advanceTimersByTime(10_000);
    expect(lines).toEqual([
      "Share cards: 3 120 of 17 340 drawn (10 s).",
      "Share cards: 6 400 of 17 340 drawn (20 s).",
    ]);
    finish({ drawn: 17_340, cached: 0, left: 0, ms: 25_000 });
    await drawing.finished;
    vi.advanceTimersByTime(30_000);
    expect(lines).toHaveLength(2);
  });

  it("is said no more once the drawing has failed", async () => {
    vi.useFakeTimers();
    let fail: (error: Error) => void = () => undefined;
    const finished = new Promise<CardRun>((_, reject) => {
      fail = reject;
    });
    const drawing = {
      finished,
      stop: () => finished,
      progress: () => ({ drawn: 1, todo: 2, ms: 0 }),
    };
    const lines: string[] = [];
    reportProgress(drawing, (line) => lines.push(line));
    vi.advanceTimersByTime(10_000);
    fail(new Error("The card worker stopped with code 1."));
    await finished.catch(() => undefined);
    vi.advanceTimersByTime(30_000);
    expect(lines).toEqual(["Share cards: 1 of 2 drawn (0 s)."]);
  });
});

describe("placeCards", () => {
  it("puts each card at its path in the site", async () => {
    const cache = join(work, "cache");
    await drawCards(cards, cache, 1).finished;
    const site = join(work, "dist");
    placeCards(cards, cache, site);
    for (const c of cards) {
      const png = readPng(readFileSync(join(site, cardPath(c))));
      expect([png.width, png.height]).toEqual([1200, 630]);
    }
  });

  it("puts the site's card at cards/site.png, the address the home page names", async () => {
    const cache = join(work, "cache");
    const site: SiteCardData = {
      kind: "site",
      id: "site",
      site: "Citable",
      description: "Des vérifications.",
      publisher: "Publié par La Rédaction",
    };
    await drawCards([...cards, site], cache, 1).finished;
    const out = join(work, "dist");
    placeCards([...cards, site], cache, out);
    const png = readPng(readFileSync(join(out, "cards", "site.png")));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(readdirSync(join(out, "cards"))).toHaveLength(3);
  });

  it("drops from the cache the cards no build has used for a week, and only those", async () => {
    const cache = join(work, "cache");
    await drawCards(cards, cache, 1).finished;
    const day = 24 * 3600 * 1000;
    const now = new Date();
    for (const [name, age] of [
      ["old", 8],
      ["recent", 6],
    ] as const) {
      writeFileSync(join(cache, `${name}.png`), "another site's card");
      const then = new Date(now.getTime() - age * day);
      utimesSync(join(cache, `${name}.png`), then, then);
    }
    const oldest = new Date(now.getTime() - 30 * day);
    for (const c of cards) utimesSync(join(cache, `${cardHash(c)}.png`), oldest, oldest);
    placeCards(cards, cache, join(work, "dist"), now);
    expect(existsSync(join(cache, "old.png"))).toBe(false);
    expect(existsSync(join(cache, "recent.png"))).toBe(true);
    for (const c of cards) expect(existsSync(join(cache, `${cardHash(c)}.png`))).toBe(true);
  });
});

describe("cardPath", () => {
  it("names a card by its claim and the hash of what it shows", () => {
    const [a] = cards as [CardData];
    expect(cardPath(a)).toMatch(/^cards\/a-[0-9a-f]{16}\.png$/);
    expect(cardHash({ ...a, id: "other" })).toBe(cardHash(a));
    expect(cardHash({ ...a, verdict: { ...a.verdict, label: "Faux" } })).not.toBe(cardHash(a));
  });
});
