/**
 * Field types shared by the schemas. Their messages are predicates ("must …")
 * that the diagnostics prefix with the field's path.
 */
import { z } from "zod";
import { Rule } from "../diagnostics/rules.ts";
import { addressProblem } from "./address.ts";
import { privateHost, privateNetworkAllowed } from "./private-address.ts";

/** Ids of sources, claims, citations and verdicts. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest id or slug, in bytes (they are ASCII): the site names folders and
 * files after them (`claims/<id>/`, `cards/<id>.png`, `tags/<slug>/`), and file
 * systems refuse names over 255 bytes; the rest is room for the suffixes.
 */
export const MAX_NAME_LENGTH = 200;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a day, `YYYY-MM-DD` and nothing else, that exists in the calendar. */
export function isRealDate(value: string): boolean {
  const parts = DAY.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

// A day with a time, a time zone or both, as ISO 8601 and YAML timestamps write them:
// `2026-02-09T10:00:00+01:00`, `2026-02-09 10:00`, `2026-02-09Z`.
const DAY_AND_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d*)?)?)?(?:[ \t]*(?:Z|z|[+-]\d{1,2}(?::?\d{2})?))?$/;

/**
 * The day that a date with a time or a time zone was written on
 * (`2026-02-09T23:30-05:00` → `2026-02-09`), or `undefined`: a fact-check
 * gives days, and a time would make the page and its JSON-LD disagree on which.
 */
export function dayWithTime(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length <= 10) return undefined;
  const day = DAY_AND_TIME.exec(value)?.[1];
  return day !== undefined && isRealDate(day) ? day : undefined;
}

/** A text that is not empty once trimmed. */
export const text = () => z.string({ error: "must be a text" }).trim().min(1, "must not be empty");

/** An id: lowercase letters, digits and hyphens. */
export const id = () =>
  z
    .string({ error: "must be a text" })
    .regex(ID_PATTERN, "must be lowercase letters, digits and hyphens, such as gazette-2025");

/** A calendar day, `YYYY-MM-DD`, kept as written: no time, no time zone. */
export const isoDate = () =>
  z
    .string({ error: "must be a date in the form YYYY-MM-DD, such as 2026-02-09" })
    .refine(isRealDate, {
      error: (issue) =>
        dayWithTime(issue.input) === undefined
          ? "must be a real date in the form YYYY-MM-DD, such as 2026-02-09"
          : "must be a day, YYYY-MM-DD, without a time or a time zone",
      params: {
        rule: "invalid-date",
        fix: (input: unknown) => {
          const day = dayWithTime(input);
          return day === undefined ? undefined : `Write ${day}.`;
        },
      },
    });

const ADDRESS = "must be an absolute http or https address, such as https://example.org/page";

/** Whether `value` is an address that a field may hold ({@link addressProblem}). */
export function isHttpAddress(value: string): boolean {
  return addressProblem(value) === undefined;
}

/**
 * An absolute http or https address, held to the rules of every address
 * (address.ts): no name before `@`, a host in one alphabet.
 */
export const httpUrl = () =>
  z.string({ error: ADDRESS }).refine(isHttpAddress, {
    error: ADDRESS,
    params: { diagnose: addressDiagnostic },
  });

/**
 * An address that the watch fetches (a source's `url`, a claim's
 * `appearance`): an {@link httpUrl} whose host is not an address of a private
 * network (private-address.ts), unless `--allow-private-network` was given
 * (the watch's and the check's tests against a server on this machine).
 */
export const publicHttpUrl = () =>
  httpUrl().refine((value) => privateNetworkAllowed() || privateHost(value) === undefined, {
    error: ADDRESS,
    params: { diagnose: privateDiagnostic },
  });

function privateDiagnostic(field: string, input: unknown) {
  const found = typeof input === "string" ? privateHost(input) : undefined;
  if (!found) return undefined;
  const reason = `${field} leads to ${found.address}, an address of a private network (${found.range}): npm run watch-sources would fetch it from the machine that runs it. Write the document's public address, or leave the field out.`;
  return { rule: Rule.privateAddress, reason };
}

/** The error for an address that is http or https but misleads; `field` names the field. */
function addressDiagnostic(field: string, input: unknown) {
  const problem = typeof input === "string" ? addressProblem(input) : undefined;
  if (problem?.kind === "user") {
    const reason = `${field} holds ${JSON.stringify(input)}, which puts "${problem.user}" before @, so it leads to ${problem.host}, not where it seems to. Write the address without the part before @.`;
    return { rule: Rule.misleadingLink, reason };
  }
  if (problem?.kind === "mixed-host") {
    const reason = `${field} leads to ${JSON.stringify(problem.host)}, a name that mixes alphabets (${problem.scripts}) to imitate another address. Check the address and write it in one alphabet.`;
    return { rule: Rule.misleadingLink, reason };
  }
  // Not http or https: the field's own words say what it must be.
  return undefined;
}

/** A language tag such as `fr` or `en-GB`. */
export const langTag = () =>
  z
    .string({ error: "must be a text" })
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as fr or en-GB");
