/** A seeded pseudo-random number generator with the few helpers the corpus generator needs. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of a list, in the list's order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * Creates a generator from a seed and a path of labels, so that each source and each claim has
 * its own stream: changing how many numbers one document draws leaves the others unchanged.
 */
export function createRandom(seed: number, ...path: (string | number)[]): Random {
  const next = mulberry32(hash([seed, ...path].join("/")));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => at(items, int(0, items.length - 1)),
    sample: (items, count) => {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, items.length)) chosen.add(int(0, items.length - 1));
      return [...chosen].sort((a, b) => a - b).map((index) => at(items, index));
    },
  };
}

/** The element at `index`, for indices known to be in range. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No element at index ${index}.`);
  return item;
}

// Mulberry32: tiny, fast, and good enough for synthetic text.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// FNV-1a, to turn a seed path into a 32-bit state.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
