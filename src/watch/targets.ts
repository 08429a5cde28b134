/** What `npm run watch-sources` checks: every source with a `url`, and the quotes that cite it. */
import { join } from "node:path";
import type { Corpus } from "../core/check/session.ts";
import type { WatchTarget } from "./watch-source.ts";

/**
 * The sources of `corpus` (read from the content folder `content`) that have
 * an address, only those in `only` when given, in id order.
 */
export function watchTargets(
  corpus: Corpus,
  content: string,
  only?: ReadonlySet<string>,
): WatchTarget[] {
  const targets: WatchTarget[] = [];
  for (const [id, source] of [...corpus.sources].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const url = source.data.url;
    if (!url || (only && !only.has(id))) continue;
    const citations = corpus.claims.flatMap((claim) =>
      claim.citations
        .filter((citation) => citation.source === id)
        .map((citation) => ({
          claim: claim.id,
          citation: citation.id,
          quote: citation.quote,
          prefix: citation.prefix,
          suffix: citation.suffix,
        })),
    );
    const capture = source.data.capture?.file;
    targets.push({
      id,
      url,
      text: source.text,
      citations,
      capture: capture ? join(content, capture) : undefined,
    });
  }
  return targets;
}
