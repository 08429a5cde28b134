/**
 * Citations numbered as a reader meets them: [1] is the first one the
 * reasoning refers to, whatever order the claim file lists them in, so the
 * numbers rise through the text as in a printed article.
 */
import { CITATION_REFERENCE } from "../check/claims.ts";

/**
 * The citation ids of `ids` in the order `body` first refers to them (`[@id]`);
 * the ones it never refers to follow, in their listed order.
 */
export function readingOrder(body: string, ids: readonly string[]): string[] {
  const known = new Set(ids);
  const ordered = new Set<string>();
  for (const match of body.matchAll(CITATION_REFERENCE)) {
    const id = match[1] ?? "";
    if (known.has(id)) ordered.add(id);
  }
  for (const id of ids) ordered.add(id);
  return [...ordered];
}
