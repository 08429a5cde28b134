/**
 * Field types shared by the schemas. Their messages are predicates ("must …")
 * that the diagnostics prefix with the field's path.
 */
import { z } from "zod";

/** Ids of sources, claims, citations and verdicts. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Whether `value` is an ISO date (`2026-02-09`, or with a time) that exists in the calendar. */
export function isRealDate(value: string): boolean {
  const parts = ISO_DATE.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A text that is not empty once trimmed. */
export const text = () => z.string({ error: "must be a text" }).trim().min(1, "must not be empty");

/** An id: lowercase letters, digits and hyphens. */
export const id = () =>
  z
    .string({ error: "must be a text" })
    .regex(ID_PATTERN, "must be lowercase letters, digits and hyphens, such as durain-2025");

/** A calendar date, `YYYY-MM-DD`, kept as written. */
export const isoDate = () =>
  z
    .string({ error: "must be a date in the form YYYY-MM-DD, such as 2026-02-09" })
    .refine(isRealDate, {
      message: "must be a real date in the form YYYY-MM-DD, such as 2026-02-09",
      params: { rule: "invalid-date" },
    });

/** An absolute http or https URL. */
export const httpUrl = () =>
  z.url({
    protocol: /^https?$/,
    error: "must be an absolute http or https address, such as https://example.org/page",
  });

/** A language tag such as `fr` or `en-GB`. */
export const langTag = () =>
  z
    .string({ error: "must be a text" })
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as fr or en-GB");
