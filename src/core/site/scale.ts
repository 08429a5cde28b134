/**
 * The rating scale as an order: verdicts from best to worst by their value,
 * the verdicts outside the scale (no value) after them in the order
 * ratings.yaml gives. Every list of verdicts (methodology, verdict index,
 * search filters, export) uses this order, never the alphabet.
 */

/** Sorts `verdicts` in the scale's order (a new array; equal values keep their order). */
export function scaleOrder<T extends { value?: number | undefined }>(verdicts: readonly T[]): T[] {
  const rank = (verdict: T) => verdict.value ?? Number.NEGATIVE_INFINITY;
  return [...verdicts].sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      return Number(a.value === undefined) - Number(b.value === undefined);
    }
    return rank(b) - rank(a);
  });
}

/**
 * Where `verdict` stands among the verdicts on the scale: `position` 1 is the
 * best, `of` is how many have a value; `position` is undefined for a verdict
 * outside the scale.
 */
export function scalePosition<T extends { key: string; value?: number | undefined }>(
  verdict: T,
  verdicts: readonly T[],
): { position: number | undefined; of: number } {
  const rated = scaleOrder(verdicts).filter((entry) => entry.value !== undefined);
  const index = rated.findIndex((entry) => entry.key === verdict.key);
  return { position: index < 0 ? undefined : index + 1, of: rated.length };
}
