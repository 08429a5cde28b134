/**
 * What changed between two texts of one article, on words: the archived copy
 * and the live original, each read as a reader reads it and compared word by
 * word after the check's folding, so that markup, line breaks and typography
 * never count as a change. Each change keeps its old and new words and the
 * words around them.
 */
import { diffArrays } from "diff";
import { normalizeText } from "../core/quote/text.ts";

/** A text cut into words: what a reader sees, and the folded form compared. */
export interface Words {
  /** Each word as the text writes it. */
  shown: string[];
  /** Each word folded as the check folds quotes. */
  keys: string[];
  /** Offset of each word in the text. */
  starts: number[];
}

/** One place where the texts differ: word `at` of the old text, `removed` words gone, `added` words new. */
export interface WordChange {
  at: number;
  removed: string[];
  added: string[];
  /** The folded removed words, joined, to compare changes between texts. */
  removedKey: string;
  /** The folded added words, joined. */
  addedKey: string;
  /** The folded added words. */
  addedKeys: string[];
}

/**
 * The most words changed before the comparison gives up and calls the texts
 * different throughout: bounds the work (Myers' diff costs the product of the
 * length and the changes) by size rather than by a clock.
 */
export const MAX_CHANGED_WORDS = 4000;

/** The words of `text`. */
export function wordsOf(text: string): Words {
  const words: Words = { shown: [], keys: [], starts: [] };
  for (const match of text.matchAll(/\S+/gu)) {
    const key = normalizeText(match[0]);
    if (key === "") continue; // a soft hyphen or a zero-width space alone
    words.shown.push(match[0]);
    words.keys.push(key);
    words.starts.push(match.index);
  }
  return words;
}

/** The places where `after` differs from `before`, in the order of `before`; undefined when they differ throughout. */
export function wordChanges(before: Words, after: Words): WordChange[] | undefined {
  const parts = diffArrays(before.keys, after.keys, { maxEditLength: MAX_CHANGED_WORDS });
  if (!parts) return undefined;
  const changes: WordChange[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  let open: { at: number; newAt: number; removed: number; added: number } | undefined;
  const close = (): void => {
    if (!open) return;
    const removed = before.shown.slice(open.at, open.at + open.removed);
    const added = after.shown.slice(open.newAt, open.newAt + open.added);
    const removedKey = before.keys.slice(open.at, open.at + open.removed).join(" ");
    const addedKeys = after.keys.slice(open.newAt, open.newAt + open.added);
    changes.push({
      at: open.at,
      removed,
      added,
      removedKey,
      addedKey: addedKeys.join(" "),
      addedKeys,
    });
    open = undefined;
  };
  for (const part of parts) {
    const count = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      close();
      oldIndex += count;
      newIndex += count;
      continue;
    }
    open ??= { at: oldIndex, newAt: newIndex, removed: 0, added: 0 };
    if (part.removed) {
      open.removed += count;
      oldIndex += count;
    } else {
      open.added += count;
      newIndex += count;
    }
  }
  close();
  return changes;
}

/**
 * The changes of `live` from the archived text that are the original's own:
 * not those the editor made to the archived copy. `capture` is the text of the
 * bytes the source was imported from, read again; a change that also stands
 * between the archived text and its capture (furniture removed, a typo fixed)
 * is the editor's. Without a capture, words added around the archived text
 * cannot be told from furniture the editor removed: only lost words count.
 */
export function originalChanges(
  archived: Words,
  live: Words,
  capture: Words | undefined,
): WordChange[] | undefined {
  if (capture && sameWords(capture, live)) return [];
  const changes = wordChanges(archived, live);
  if (!changes) return undefined;
  const editorial = capture ? wordChanges(archived, capture) : [];
  if (!editorial) return changes.filter((change) => change.removed.length > 0);
  const byEditor = new Set(
    editorial.map((change) => `${change.removedKey}\u0000${change.addedKey}`),
  );
  const furniture = editorial.flatMap((change) =>
    change.removed.length === 0 && capture ? [change.addedKeys] : [],
  );
  return changes.flatMap((change) => {
    if (byEditor.has(`${change.removedKey}\u0000${change.addedKey}`)) return [];
    if (change.removed.length > 0) return [change];
    if (!capture) return [];
    const left = withoutFurniture(change, furniture);
    return left.added.length > 0 ? [left] : [];
  });
}

/** `change` without the runs of words that the editor removed from the archived copy as furniture. */
function withoutFurniture(change: WordChange, furniture: readonly string[][]): WordChange {
  const keep = change.addedKeys.map(() => true);
  for (const run of furniture) {
    for (let start = 0; start + run.length <= keep.length; start++) {
      if (run.length > 0 && run.every((key, offset) => change.addedKeys[start + offset] === key))
        for (let offset = 0; offset < run.length; offset++) keep[start + offset] = false;
    }
  }
  const addedKeys = change.addedKeys.filter((_, index) => keep[index]);
  return {
    ...change,
    added: change.added.filter((_, index) => keep[index]),
    addedKeys,
    addedKey: addedKeys.join(" "),
  };
}

function sameWords(a: Words, b: Words): boolean {
  return a.keys.length === b.keys.length && a.keys.every((key, index) => key === b.keys[index]);
}
