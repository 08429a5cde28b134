import { normalizeText } from "../../../src/core/quote/text.ts";
import { count } from "./occurrences.ts";
import { at, type Random } from "./random.ts";
import type { SourceDoc, Span } from "./source.ts";

/** The ways a citation can quote its source, each exercising a part of quote matching. */
export type QuoteKind =
  | "sentence"
  | "fragment"
  | "line-break"
  | "elision"
  | "elision-next-paragraph"
  | "prefix"
  | "suffix";

/** A citation's quote with, for a passage printed several times, what tells it apart. */
export interface Quote {
  kind: QuoteKind;
  quote: string;
  prefix?: string;
  suffix?: string;
}

type Picker = (random: Random, source: SourceDoc) => Quote | undefined;

/**
 * Picks a passage of `source` to quote in the way `kind` asks, falling back to a whole sentence
 * when the source offers no such passage. Every quote returned is checked here against the same
 * normalisation the content check applies: found once (with its prefix or suffix), or, for an
 * elision, its parts found once each, in order and close together.
 */
export function pickQuote(random: Random, source: SourceDoc, kind: QuoteKind): Quote {
  for (const picker of [pickers[kind], pickers.sentence]) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const quote = picker(random, source);
      if (quote) return quote;
    }
  }
  throw new Error(`Found nothing quotable in source ${source.id}.`);
}

/** The quote as typed on a keyboard without French typography: ' and "…" with no inner spaces. */
export function typedPlain(quote: string): string {
  return quote
    .replaceAll("’", "'")
    .replace(/«\s*|\s*»/g, '"')
    .replace(/[\u00a0\u202f]/g, " ")
    .replaceAll("…", "...");
}

const pickers: Record<QuoteKind, Picker> = {
  sentence: (random, source) =>
    once(source, oneLine(slice(source, randomSentence(random, source)))),
  fragment: (random, source) => {
    const sentence = randomSentence(random, source);
    const words = wordStarts(source, sentence);
    const first = random.int(0, Math.max(0, words.length - 6));
    const last = Math.min(words.length - 1, first + random.int(5, 10));
    const end = last === words.length - 1 ? sentence.end : at(words, last + 1) - 1;
    const text = slice(source, { start: at(words, first), end }).replace(/[\s,;:—]+$/u, "");
    return text.length >= 40 ? once(source, oneLine(text), "fragment") : undefined;
  },
  "line-break": (random, source) => {
    const text = slice(source, randomSentence(random, source));
    if (!text.includes("\n")) return undefined;
    // Pasted with its line break half of the time, joined otherwise.
    return once(source, random.chance(0.5) ? text : oneLine(text), "line-break");
  },
  elision: (random, source) => {
    const sentences = random.pick(source.paragraphs);
    if (sentences.length < 3) return undefined;
    const first = random.int(0, sentences.length - 3);
    return elide(random, source, at(sentences, first), at(sentences, first + 2), "elision");
  },
  "elision-next-paragraph": (random, source) => {
    const p = random.int(0, source.paragraphs.length - 2);
    const last = at(source.paragraphs, p).at(-1);
    const next = at(source.paragraphs, p + 1)[0];
    if (!last || !next || source.text.slice(last.end, next.start) !== "\n\n") return undefined;
    return elide(random, source, last, next, "elision-next-paragraph");
  },
  prefix: (random, source) => {
    const { sentence, before } = source.repeated;
    const words = wordStarts(source, before);
    const prefix = oneLine(
      slice(source, { start: at(words, words.length - random.int(2, 4)), end: before.end }),
    );
    return distinct(source, `${prefix} ${sentence}`)
      ? { kind: "prefix", quote: sentence, prefix }
      : undefined;
  },
  suffix: (random, source) => {
    const { sentence, after } = source.repeated;
    const words = wordStarts(source, after);
    const suffix = oneLine(
      slice(source, {
        start: after.start,
        end: at(words, Math.min(random.int(2, 4), words.length - 1)) - 1,
      }),
    );
    return distinct(source, `${sentence} ${suffix}`)
      ? { kind: "suffix", quote: sentence, suffix }
      : undefined;
  },
};

// Two passages joined by an elision mark; the first is cut short now and then.
function elide(
  random: Random,
  source: SourceDoc,
  one: Span,
  two: Span,
  kind: QuoteKind,
): Quote | undefined {
  const words = wordStarts(source, one);
  const cut = words.length > 8 && random.chance(0.5) ? at(words, 6) - 1 : one.end;
  const parts = [slice(source, { start: one.start, end: cut }), slice(source, two)];
  const gap = normalizeText(source.text.slice(cut, two.start)).length;
  if (gap > 200 || parts.some((part) => count(source, part) !== 1)) return undefined;
  return { kind, quote: parts.map(oneLine).join(random.chance(0.5) ? " […] " : " [...] ") };
}

function once(source: SourceDoc, quote: string, kind: QuoteKind = "sentence"): Quote | undefined {
  return count(source, quote) === 1 ? { kind, quote } : undefined;
}

// The repeated sentence needs its prefix or suffix: it must be there more than once, and the
// longer text only once.
function distinct(source: SourceDoc, text: string): boolean {
  return count(source, source.repeated.sentence) > 1 && count(source, text) === 1;
}

function randomSentence(random: Random, source: SourceDoc): Span {
  return random.pick(random.pick(source.paragraphs));
}

function slice(source: SourceDoc, span: Span): string {
  return source.text.slice(span.start, span.end);
}

// Offsets where the words of a span start: after an ordinary space or a line break (no-break
// spaces hold their neighbours together).
function wordStarts(source: SourceDoc, span: Span): number[] {
  const starts = [span.start];
  for (let i = span.start; i < span.end; i++) {
    const char = source.text[i];
    if (char === " " || char === "\n") starts.push(i + 1);
  }
  return starts;
}

function oneLine(text: string): string {
  return text.replaceAll("\n", " ");
}
