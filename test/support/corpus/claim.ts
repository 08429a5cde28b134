import { headline, isoDate, sentence } from "./french.ts";
import { Bare, frontMatter, type YamlRecord } from "./front-matter.ts";
import { pickQuote, type QuoteKind, typedPlain } from "./quotes.ts";
import { at, createRandom, type Random } from "./random.ts";
import { type CorpusShape, SHAPES } from "./shape.ts";
import { type SourceDoc, slug } from "./source.ts";
import { complements, names, tags, verdicts } from "./vocabulary.ts";

/** A generated claim file. */
export interface ClaimDoc {
  id: string;
  file: string;
  /** How each citation quotes its source, in order. */
  kinds: QuoteKind[];
  /** How many quotes are typed with plain ' and " where the source has ’ and « ». */
  typedPlain: number;
}

// How often each kind of quote comes up: walked in turn, so even a small corpus has them all.
const rotation: readonly QuoteKind[] = [
  "sentence",
  "fragment",
  "line-break",
  "elision",
  "sentence",
  "prefix",
  "fragment",
  "elision-next-paragraph",
  "sentence",
  "suffix",
  "line-break",
  "fragment",
  "elision",
  "sentence",
  "prefix",
  "elision-next-paragraph",
];

const conclusions: Record<string, string> = {
  vrai: "Les sources confirment l’affirmation sans réserve importante.",
  "plutot-vrai": "L’essentiel est exact, mais un détail demande une nuance.",
  trompeur: "Les faits cités existent, mais ils sont présentés de façon trompeuse.",
  faux: "Les sources contredisent l’affirmation.",
  inverifiable: "Les sources disponibles ne permettent pas de trancher.",
};

const citationIds = ["annonce", "chiffres", "bilan", "reponse", "contexte", "precision"];

/**
 * Generates claim number `index`, citing `main` and, now and then, `other` (the next source),
 * in the given shape (by default the bench's). The same seed, index, sources and shape give the
 * same claim.
 */
export function generateClaim(
  seed: number,
  index: number,
  main: SourceDoc,
  other: SourceDoc,
  shape: CorpusShape = SHAPES.bench,
): ClaimDoc {
  const random = createRandom(seed, "claim", index);
  const claim = `${headline(random)} ${random.pick(complements)}.`;
  const verdict = random.pick(verdicts);
  const conclusion = conclusions[verdict] ?? "";
  const ids = random.sample(citationIds, random.int(shape.citations.least, shape.citations.most));
  const cited = ids.map((_, c) => (c > 0 && random.chance(0.3) ? other : main));
  let plain = 0;
  const quotes = cited.map((source, c) => {
    const turn = index * 3 + c;
    const quote = pickQuote(random, source, at(rotation, turn % rotation.length));
    if (turn % 5 !== 2 || typedPlain(quote.quote) === quote.quote) return quote;
    plain++;
    return { ...quote, quote: typedPlain(quote.quote) };
  });
  const published = Math.max(...cited.map((source) => source.archived)) + random.int(1, 120);
  const claimant = random.chance(0.9) ? random.pick(names) : undefined;
  const citations: YamlRecord[] = quotes.map(({ quote, prefix, suffix }, c) => ({
    id: at(ids, c),
    source: at(cited, c).id,
    quote,
    prefix,
    suffix,
    note: random.chance(0.15) ? "Passage relevé dans la version archivée de l’article." : undefined,
  }));
  const meta = frontMatter({
    claim,
    verdict,
    summary: `${conclusion} ${sentence(random)}`,
    published: new Bare(isoDate(published)),
    claimant,
    claimDate: random.chance(0.85) ? new Bare(isoDate(published - random.int(1, 30))) : undefined,
    tags: random.sample(tags, random.int(shape.tags.least, shape.tags.most)),
    authors: random.sample(names, random.int(1, 2)),
    citations,
  });
  const id = `${slug(claim, 4)}-${String(index).padStart(5, "0")}`;
  const body = reasoning(
    random,
    claimant,
    ids,
    cited,
    conclusion,
    "file" in shape.claimBytes
      ? shape.claimBytes.file - Buffer.byteLength(meta)
      : shape.claimBytes.reasoning,
  );
  const kinds = quotes.map((quote) => quote.kind);
  return { id, file: `${meta}\n${body}\n`, kinds, typedPlain: plain };
}

// The reasoning: context, one paragraph per citation (each used as [@id]), a conclusion, and
// more context until the file reaches its size.
function reasoning(
  random: Random,
  claimant: string | undefined,
  ids: string[],
  cited: SourceDoc[],
  conclusion: string,
  bytes: number,
): string {
  const who = claimant ?? "L’auteur de la publication";
  const context = [`${who} l’affirme sans citer de source. ${sentence(random)}`];
  const evidence = ids.map(
    (id, c) => `${at(cited, c).publisher} le rapporte [@${id}]. ${sentence(random)}`,
  );
  const heading = random.chance(0.5) ? ["## Ce que disent les sources"] : [];
  const size = () => Buffer.byteLength([...context, ...evidence, conclusion].join("\n\n"));
  while (size() < bytes) context.push(sentence(random));
  return [context.join(" "), ...heading, ...evidence, conclusion].join("\n\n");
}
