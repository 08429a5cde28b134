/**
 * A source's id: given with --id, or made from the capture's title or name.
 * Ids become file names (`sources/<id>.md`, `captures/<id>.pdf`), so they are
 * kept short: a made one is cut at a word boundary, a given one that is too
 * long is refused with what to do, never left to the file system
 * (ENAMETOOLONG).
 */
import { basename } from "node:path";
import { ID_PATTERN } from "../core/schema/fields.ts";
import { CaptureError } from "./errors.ts";

/** The longest id an import makes or takes, in characters. */
export const MAX_ID_LENGTH = 80;
/** Words of the title an id is made from. */
const WORDS = 6;

/** The id given, checked, or one made from `title`, else from the file or address's last name. */
export function sourceId(
  given: string | undefined,
  title: string | undefined,
  name: string,
): string {
  if (given !== undefined) {
    if (!ID_PATTERN.test(given)) {
      throw new CaptureError(
        `"${shorten(given)}" is not a valid id: use lowercase letters, digits and hyphens, such as maire-entretien-8h30.`,
      );
    }
    if (given.length > MAX_ID_LENGTH) {
      throw new CaptureError(
        `The id given with --id has ${given.length} characters, more than the ${MAX_ID_LENGTH} an id may have. Give a shorter one, such as its first words.`,
      );
    }
    return given;
  }
  const slug = madeId(title ?? basename(name).replace(/\.[a-z0-9]+$/i, ""));
  if (slug === "") {
    throw new CaptureError(
      "No id can be made from the capture's title or name. Give one with --id, such as --id maire-entretien-8h30.",
    );
  }
  return slug;
}

function madeId(from: string): string {
  const slug = from
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .slice(0, WORDS)
    .join("-");
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const cut = slug.slice(0, MAX_ID_LENGTH + 1);
  const boundary = cut.lastIndexOf("-");
  // One word longer than an id may be: cut inside it, as nothing better stands.
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_ID_LENGTH);
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
