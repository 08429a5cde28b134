/**
 * Dates that cannot be true: in the future, or in an impossible order (a
 * fact-check updated before it was published, a source archived before it
 * existed). Dates are days, `YYYY-MM-DD` (the schema refuses a time or a time
 * zone), compared as written against a `today` that tests can set.
 */
import { type Diagnostic, diagnostic, type Span } from "../diagnostics/diagnostic.ts";
import { Rule, type RuleId } from "../diagnostics/rules.ts";
import { isRealDate } from "../schema/fields.ts";

/** Today in UTC, `YYYY-MM-DD`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Where a field was written. */
type Position = (path: readonly PropertyKey[]) => Span;

/** A date field to check: its path in the front matter and what it means. */
interface DateField {
  path: readonly PropertyKey[];
  value: string;
}

/** The day of a date field's value, when it is a real date. */
export function dayOf(value: unknown): string | undefined {
  return typeof value === "string" && isRealDate(value) ? value : undefined;
}

/**
 * Future dates and impossible orders in a claim's or a source's front matter
 * (`data`, not yet checked: fields that are not real dates are the schema's
 * business and skipped here).
 */
export function dateDiagnostics(
  kind: "claim" | "source",
  data: Record<string, unknown>,
  file: string,
  position: Position,
  now: string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (path: readonly PropertyKey[], rule: RuleId, reason: string) =>
    diagnostics.push(diagnostic({ file, ...position(path), rule, reason }));

  const fields: DateField[] = [];
  const add = (path: readonly PropertyKey[], value: unknown) => {
    const day = dayOf(value);
    if (day !== undefined) fields.push({ path, value: day });
  };
  add(["published"], data.published);
  if (kind === "source") add(["archived"], data.archived);
  else {
    add(["claimDate"], data.claimDate);
    add(["updated"], data.updated);
    const corrections = Array.isArray(data.corrections) ? data.corrections : [];
    corrections.forEach((correction: unknown, index) => {
      const date = (correction as { date?: unknown } | null)?.date;
      add(["corrections", index, "date"], date);
    });
  }

  // A day of leeway: for a contributor east of UTC, their today is already tomorrow here.
  const latest = addDays(now, 1);
  for (const { path, value } of fields) {
    if (value > latest) {
      report(
        path,
        Rule.futureDate,
        `The date ${value} is in the future (today is ${now}). Write the date on which it happened.`,
      );
    }
  }

  const published = dayOf(data.published);
  if (published === undefined) return diagnostics;
  for (const { path, value } of fields) {
    const field = path[0];
    if (field === "archived" && value < published) {
      report(
        path,
        Rule.dateOrder,
        `The copy is archived on ${value}, before the document was published (${published}). Correct one of the two dates.`,
      );
    } else if (field === "updated" && value < published) {
      report(
        path,
        Rule.dateOrder,
        `The fact-check is updated on ${value}, before it was published (${published}). Correct one of the two dates.`,
      );
    } else if (field === "corrections" && value < published) {
      report(
        path,
        Rule.dateOrder,
        `The correction is dated ${value}, before the fact-check was published (${published}). A correction comes after publication: check its date.`,
      );
    } else if (field === "claimDate" && value > published) {
      report(
        path,
        Rule.dateOrder,
        `The claim is dated ${value}, after the fact-check was published (${published}): a claim is checked after it is made. Correct one of the two dates.`,
      );
    }
  }
  return diagnostics;
}

function addDays(day: string, days: number): string {
  const key = `${day}+${days}`;
  if (key === lastSum.key) return lastSum.day;
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  lastSum = { key, day: date.toISOString().slice(0, 10) };
  return lastSum.day;
}

// Every file of a check adds the same day to the same today.
let lastSum = { key: "", day: "" };
