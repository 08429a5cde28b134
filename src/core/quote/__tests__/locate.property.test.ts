import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locate, type Part } from "../locate.ts";
import { normalizeText } from "../text.ts";
import { seedSource } from "./seeds.ts";

const seeds = [seedSource("durain-legion-honneur"), seedSource("kessaci-association-nationale")];

/** Offsets where a character cluster starts: a slice never splits a letter from its accent. */
function boundaries(text: string): number[] {
  const starts = [...text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)].map((match) => match.index);
  return [...starts, text.length];
}

/** The range without the white space at its edges. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from] as string)) from++;
  while (to > from && /\s/u.test(text[to - 1] as string)) to--;
  return [from, to];
}

describe("locate", () => {
  it("finds any slice of any source again, at the same offsets", () => {
    const slices = fc
      .constantFrom(0, 1)
      .chain((index) => {
        const seed = seeds[index] as (typeof seeds)[number];
        const cuts = boundaries(seed.text.visible.text);
        return fc
          .tuple(fc.nat(cuts.length - 1), fc.integer({ min: 1, max: 300 }))
          .map(([at, length]) => {
            const start = cuts[at] as number;
            const end = cuts[Math.min(at + length, cuts.length - 1)] as number;
            return { index, start, end };
          });
      })
      .filter(({ index, start, end }) => {
        const seed = seeds[index] as (typeof seeds)[number];
        return normalizeText(seed.text.visible.text.slice(start, end)) !== "";
      });

    fc.assert(
      fc.property(slices, ({ index, start, end }) => {
        const seed = seeds[index] as (typeof seeds)[number];
        const { text } = seed.text.visible;
        const result = locate(seed.text, { quote: text.slice(start, end) });
        const matches: Part[][] =
          result.kind === "found"
            ? [result.parts]
            : result.kind === "ambiguous"
              ? result.matches
              : [];
        const ranges = matches.map((parts) =>
          trimmed(text, parts[0]?.start ?? 0, parts[parts.length - 1]?.end ?? 0),
        );
        const wanted = trimmed(text, start, end);
        expect(ranges).toContainEqual(wanted);
        // The same passage in the file: its characters there read as the slice.
        const parts =
          matches[ranges.findIndex(([a, b]) => a === wanted[0] && b === wanted[1])] ?? [];
        const inFile = parts.map((part) => seed.file.raw.slice(part.fileStart, part.fileEnd));
        expect(normalizeText(inFile.join(" "))).toBe(normalizeText(text.slice(start, end)));
      }),
      { numRuns: 2000 },
    );
  });
});
