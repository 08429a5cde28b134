/**
 * The shapes of a synthetic corpus: how many citations and tags a claim has and how long
 * claims and sources are. `bench` is the corpus the project's bench has always measured;
 * `newsroom` is the one a site owner's archive looks like (issue 22 measured on it).
 */

/** A whole number drawn between `least` and `most`, both included. */
export interface Range {
  least: number;
  most: number;
}

/** How a corpus's files are built. */
export interface CorpusShape {
  /** Citations per claim. */
  citations: Range;
  /** Tags per claim. */
  tags: Range;
  /**
   * How long a claim is: the whole file (front matter and reasoning) or its reasoning alone,
   * in bytes; the reasoning grows by whole sentences until it reaches that size.
   */
  claimBytes: { file: number } | { reasoning: number };
  /** Bytes of a source's body, reached by whole paragraphs. */
  sourceBodyBytes: number;
}

/** The names of the shapes, for `--shape`. */
export const SHAPE_NAMES = ["bench", "newsroom"] as const;

/** One of {@link SHAPE_NAMES}. */
export type ShapeName = (typeof SHAPE_NAMES)[number];

/** The shapes by name. */
export const SHAPES: Readonly<Record<ShapeName, CorpusShape>> = {
  // Claim files of about 1.7 KB with one to three citations and tags; sources of about 4 KB.
  bench: {
    citations: { least: 1, most: 3 },
    tags: { least: 1, most: 3 },
    claimBytes: { file: 1150 },
    sourceBodyBytes: 3200,
  },
  // Two citations, three tags and about 2 KB of reasoning a claim; sources of about 4 KB.
  newsroom: {
    citations: { least: 2, most: 2 },
    tags: { least: 3, most: 3 },
    claimBytes: { reasoning: 2048 },
    sourceBodyBytes: 3200,
  },
};

/** The shape named `name`, or an error that lists the names. */
export function shapeNamed(name: string): CorpusShape {
  if ((SHAPE_NAMES as readonly string[]).includes(name)) return SHAPES[name as ShapeName];
  throw new RangeError(`There is no corpus shape "${name}"; use ${SHAPE_NAMES.join(" or ")}.`);
}
