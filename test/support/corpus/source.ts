import { heading, headline, isoDate, sentence } from "./french.ts";
import { Bare, frontMatter } from "./front-matter.ts";
import { at, createRandom, type Random } from "./random.ts";
import { type CorpusShape, SHAPES } from "./shape.ts";
import { names, publishers } from "./vocabulary.ts";

/** A stretch of a source's reader-visible text, as offsets into `SourceDoc.text`. */
export interface Span {
  start: number;
  end: number;
}

/** A generated source: its file, and what the claim generator needs to quote from it. */
export interface SourceDoc {
  id: string;
  publisher: string;
  /** Day the text was archived, in days after 2020-01-01. */
  archived: number;
  /** The whole `.md` file. */
  file: string;
  /** What a reader sees: Markdown syntax removed, blocks joined by a blank line. */
  text: string;
  /** The sentences of each paragraph, in order (headings and block quotes excluded). */
  paragraphs: Span[][];
  /** A sentence printed more than once, and its neighbours at its first place. */
  repeated: { sentence: string; before: Span; after: Span };
}

interface Block {
  markdown: string;
  text: string;
  sentences?: Span[];
}

/**
 * Generates source number `index` of a corpus in the given shape (by default the bench's); the
 * same seed, index and shape give the same source.
 */
export function generateSource(
  seed: number,
  index: number,
  shape: CorpusShape = SHAPES.bench,
): SourceDoc {
  const random = createRandom(seed, "source", index);
  const title = headline(random);
  const publisher = random.pick(publishers);
  const published = random.int(0, 2100);
  const archived = published + random.int(0, 60);
  const id = `${slug(title)}-${String(index).padStart(4, "0")}`;
  const width = random.int(68, 80);
  const repeated = sentence(random);
  const blocks: Block[] = random.chance(0.5) ? [headingBlock(heading(random))] : [];
  let size = 0;
  for (let p = 0; size < shape.sourceBodyBytes || p < 4; p++) {
    if (p === 4 && random.chance(0.4)) blocks.push(headingBlock(heading(random)));
    const sentences = Array.from({ length: random.int(3, 6) }, () => sentence(random));
    if (p === 1) sentences.splice(1, 0, repeated);
    if (p === 5 && random.chance(0.5)) sentences.splice(2, 0, repeated);
    const block = paragraph(random, sentences, p === 0 || random.chance(0.5) ? width : Infinity);
    blocks.push(block);
    if (p === 2) blocks.push({ markdown: `> ${repeated}`, text: repeated });
    size += Buffer.byteLength(block.markdown);
  }
  const url = random.chance(0.7)
    ? `https://${publisher.host}/${isoDate(published).slice(0, 7).replace("-", "/")}/${id}`
    : undefined;
  const meta = frontMatter({
    title,
    publisher: publisher.name,
    published: new Bare(isoDate(published)),
    archived: new Bare(isoDate(archived)),
    url,
    lang: new Bare("fr"),
    author: random.pick(names),
  });
  const file = `${meta}\n${blocks.map((block) => block.markdown).join("\n\n")}\n`;
  const { text, paragraphs } = place(blocks);
  const [before, , after] = at(paragraphs, 1);
  if (!before || !after) throw new Error("The repeated sentence lost its neighbours.");
  return {
    id,
    publisher: publisher.name,
    archived,
    file,
    text,
    paragraphs,
    repeated: { sentence: repeated, before, after },
  };
}

function headingBlock(text: string): Block {
  return { markdown: `## ${text}`, text };
}

// Lays the sentences out as tokens, wrapping lines at `width` as an editor that hard-wraps
// would, and now and then putting a word in emphasis (Markdown that readers never see).
function paragraph(random: Random, sentences: string[], width: number): Block {
  let markdown = "";
  let text = "";
  let column = 0;
  const spans: Span[] = [];
  for (const [s, words] of sentences.map((line) => line.split(" ")).entries()) {
    const emphasis = random.chance(0.1) ? random.int(0, words.length - 1) : -1;
    for (const [w, word] of words.entries()) {
      const shown = w === emphasis && /^[\p{L}’-]{4,}$/u.test(word) ? `*${word}*` : word;
      // Break only before a letter, so no line can start a list, a heading or a quote.
      const breaks = column + 1 + shown.length > width && /^[\p{L}«]/u.test(word);
      const separator = s === 0 && w === 0 ? "" : breaks ? "\n" : " ";
      if (w === 0) spans.push({ start: text.length + separator.length, end: 0 });
      markdown += separator + shown;
      text += separator + word;
      column = separator === "\n" ? shown.length : column + separator.length + shown.length;
    }
    at(spans, s).end = text.length;
  }
  return { markdown, text, sentences: spans };
}

// Joins the blocks' visible text and turns sentence offsets into offsets into the whole.
function place(blocks: Block[]): { text: string; paragraphs: Span[][] } {
  let offset = 0;
  const paragraphs: Span[][] = [];
  for (const block of blocks) {
    if (block.sentences) {
      const shift = offset;
      paragraphs.push(
        block.sentences.map(({ start, end }) => ({ start: start + shift, end: end + shift })),
      );
    }
    offset += block.text.length + 2;
  }
  return { text: blocks.map((block) => block.text).join("\n\n"), paragraphs };
}

/** A file-name id from the first words of a text: lowercase ASCII letters, digits, hyphens. */
export function slug(text: string, words = 5): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2)
    .slice(0, words)
    .join("-");
}
