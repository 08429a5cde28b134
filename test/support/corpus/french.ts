import type { Random } from "./random.ts";
import {
  complements,
  incises,
  intros,
  objects,
  questions,
  type Subject,
  saying,
  speech,
  subjects,
  units,
  verbs,
} from "./vocabulary.ts";

/** No-break space, as French typography puts inside guillemets. */
export const NBSP = "\u00a0";
/** Narrow no-break space, as French typography puts before : ; ? ! */
export const NNBSP = "\u202f";

/** One sentence of news-like French prose, with typographic apostrophes, guillemets and spaces. */
export function sentence(random: Random): string {
  const kind = random.int(0, 9);
  const subject = random.pick(subjects);
  switch (kind) {
    case 0:
    case 1:
      return `${random.pick(intros)}, ${clause(random, subject)} ${random.pick(complements)}.`;
    case 2:
      return `${capitalize(clause(random, subject))} — ${random.pick(incises)} — ${random.pick(complements)}.`;
    case 3:
      return `«${NBSP}${random.pick(speech)}${speechEnd(random)}${NBSP}», ${random.pick(saying)} ${random.pick(complements)}.`;
    case 4:
      return `${random.pick(questions)} ${random.pick(objects)} ${random.pick(complements)}${beforePunctuation(random)}?`;
    case 5:
      return `${capitalize(clause(random, subject))}${beforePunctuation(random)}: on compte ${count(random)} ${random.pick(units)} ${random.pick(complements)}.`;
    case 6:
      return `${capitalize(clause(random, subject))} et une baisse de ${random.int(2, 48)},${random.int(1, 9)}${NBSP}% ${random.pick(complements)}.`;
    case 7:
      return `${capitalize(clause(random, subject))}${beforePunctuation(random)}; ${clause(random, random.pick(subjects))}.`;
    default:
      return `${capitalize(clause(random, subject))} ${random.pick(complements)}.`;
  }
}

/** A headline: subject, verb and object, capitalised, with no final stop. */
export function headline(random: Random): string {
  return capitalize(clause(random, random.pick(subjects)));
}

/** A short section heading. */
export function heading(random: Random): string {
  return capitalize(`${random.pick(objects)} ${random.pick(complements)}`);
}

/** The text with its first letter in upper case (after any opening guillemet). */
export function capitalize(text: string): string {
  return text.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}

/** A calendar date `days` days after 1 January 2020, as YYYY-MM-DD. */
export function isoDate(days: number): string {
  return new Date(Date.UTC(2020, 0, 1 + days)).toISOString().slice(0, 10);
}

function clause(random: Random, subject: Subject): string {
  const [singular, plural] = random.pick(verbs);
  return `${subject.text} ${subject.plural ? plural : singular} ${random.pick(objects)}`;
}

function speechEnd(random: Random): string {
  const roll = random.int(0, 5);
  if (roll === 0) return "…";
  if (roll === 1) return `${NNBSP}!`;
  return "";
}

// French puts a (narrow) no-break space before high punctuation; copy pasted from the web
// sometimes has an ordinary space instead.
function beforePunctuation(random: Random): string {
  const roll = random.int(0, 9);
  if (roll < 5) return NNBSP;
  if (roll < 8) return NBSP;
  return " ";
}

// A count, with a no-break space as the thousands separator.
function count(random: Random): string {
  const n = random.chance(0.5) ? random.int(12, 980) : random.int(1000, 25000);
  const text = String(n);
  return n < 1000 ? text : `${text.slice(0, -3)}${NBSP}${text.slice(-3)}`;
}
