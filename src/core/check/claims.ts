/**
 * Checking one claim: its front matter, its verdict, each citation's source and
 * quote, and the `[@id]` references of its body.
 */
import { closest } from "fastest-levenshtein";
import { checkBody } from "../content/body.ts";
import type { ContentFile } from "../content/content-file.ts";
import { dateDiagnostics, dayOf } from "../content/dates.ts";
import { schemaDiagnostics } from "../content/schema-issues.ts";
import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import { Rule, type RuleId } from "../diagnostics/rules.ts";
import { type Location, locate, type Part } from "../quote/locate.ts";
import { parenthesisedElisionProblem } from "../quote/parenthesised-elision.ts";
import { quoteProblem } from "../quote/quote-diagnostics.ts";
import { elisionProblem, quoteLengthProblem } from "../quote/quote-rules.ts";
import type { QuotedSource } from "../quote/quoted-source.ts";
import { type Citation, type ClaimData, citationSchema, claimSchema } from "../schema/claim.ts";
import { ID_PATTERN } from "../schema/fields.ts";
import type { ClaimContext } from "./claim-context.ts";

/** A citation whose quote was found once in its source. */
export interface LocatedCitation extends Citation {
  /** The quote's pieces in the source, in order: one per block and per elided part. */
  parts: Part[];
}

/** A checked claim. */
export interface Claim {
  /** The id: the file name without `.md`. */
  id: string;
  /** The file it was read from. */
  file: ContentFile;
  /** Its checked front matter. */
  data: ClaimData;
  /** Its citations, located. */
  citations: LocatedCitation[];
}

/** `[@id]` in a claim's body. */
export const CITATION_REFERENCE = /\[@([^\]\s]*)\]/g;

/** Checks a claim file; the claim is returned only when it has no error. */
export function checkClaim(
  id: string,
  file: ContentFile,
  context: ClaimContext,
): { claim: Claim | undefined; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (
    at: { line: number; column: number },
    rule: RuleId,
    reason: string,
    hint?: string,
  ) => diagnostics.push(diagnostic({ file: file.path, ...at, rule, reason, hint }));

  const data = file.data as Record<string, unknown>;
  const verdict = data.verdict;
  // A verdict outside the scale gets one error, with the closest key, not a second on its form.
  const unknownVerdict =
    typeof verdict === "string" &&
    context.verdicts.length > 0 &&
    !context.verdicts.includes(verdict);
  const parsed = claimSchema.safeParse(file.data, { reportInput: true });
  if (!parsed.success) {
    const unknownPrevious = new Set(
      previousVerdicts(data.corrections)
        .filter(
          ([, previous]) => context.verdicts.length > 0 && !context.verdicts.includes(previous),
        )
        .map(([index]) => index),
    );
    const issues = parsed.error.issues.filter(
      (issue) =>
        !(unknownVerdict && issue.path.length === 1 && issue.path[0] === "verdict") &&
        !(
          issue.path[0] === "corrections" &&
          issue.path[2] === "previousVerdict" &&
          unknownPrevious.has(issue.path[1] as number)
        ),
    );
    diagnostics.push(
      ...schemaDiagnostics(issues, claimSchema, {
        file: file.path,
        position: file.field,
      }),
    );
  }
  diagnostics.push(...dateDiagnostics("claim", data, file.path, file.field, context.today));
  diagnostics.push(...checkBody(file, false).diagnostics);
  // Citations added in an update may cite sources published after the first version.
  const checkedOn = dayOf(data.updated) ?? dayOf(data.published);

  if (unknownVerdict) {
    const guess = closestVerdict(verdict, context.verdicts);
    report(
      file.field(["verdict"]),
      Rule.unknownVerdict,
      `The verdict "${verdict}" is not in the rating scale; did you mean "${guess}"?`,
      `Verdicts: ${context.verdicts.join(", ")} (ratings.yaml).`,
    );
  }

  for (const [index, previous] of previousVerdicts(data.corrections)) {
    if (context.verdicts.length === 0 || context.verdicts.includes(previous)) continue;
    report(
      file.field(["corrections", index, "previousVerdict"]),
      Rule.unknownVerdict,
      `The previous verdict "${previous}" is not in the rating scale; did you mean "${closestVerdict(previous, context.verdicts)}"?`,
      `Verdicts: ${context.verdicts.join(", ")} (ratings.yaml).`,
    );
  }

  const located: LocatedCitation[] = [];
  let blocked = false;
  const seen = new Map<string, number>();
  const rawCitations = Array.isArray(data.citations) ? data.citations : [];
  rawCitations.forEach((raw, index) => {
    const citation = citationSchema.safeParse(raw);
    if (!citation.success) {
      // The schema diagnostics said why; a valid id still answers its [@id].
      const rawId = (raw as { id?: unknown } | null)?.id;
      if (typeof rawId === "string" && ID_PATTERN.test(rawId) && !seen.has(rawId)) {
        seen.set(rawId, index);
      }
      return;
    }
    const { id: citationId, source: sourceId } = citation.data;
    const previous = seen.get(citationId);
    if (previous !== undefined) {
      report(
        file.field(["citations", index, "id"]),
        Rule.duplicateCitation,
        `The citation id "${citationId}" is used twice in this claim. Give each citation its own id.`,
        `It is first used on line ${file.field(["citations", previous, "id"]).line}.`,
      );
    } else seen.set(citationId, index);
    const source = context.sources.get(sourceId);
    if (!source) {
      const ids = [...context.sources.keys()];
      const guess = ids.length > 0 ? `; did you mean "${closest(sourceId, ids)}"?` : ".";
      report(
        file.field(["citations", index, "source"]),
        Rule.unknownSource,
        `Citation "${citationId}" cites the source "${sourceId}", which does not exist${guess}`,
        "A source's id is the name of its file in sources/, without .md.",
      );
      return;
    }
    const sourceDate = context.sourceDates.get(sourceId);
    if (sourceDate !== undefined && checkedOn !== undefined && sourceDate > checkedOn) {
      report(
        file.field(["citations", index, "source"]),
        Rule.dateOrder,
        `Citation "${citationId}" cites the source "${sourceId}", published on ${sourceDate}, after this fact-check (${checkedOn}). Correct the dates, or set "updated" to the day the citation was added.`,
        `The source's date is in ${source.path}.`,
      );
    }
    const archived = context.sourceArchived.get(sourceId);
    if (archived !== undefined && checkedOn !== undefined && archived > checkedOn) {
      report(
        file.field(["citations", index, "source"]),
        Rule.dateOrder,
        `Citation "${citationId}" cites the copy of the source "${sourceId}" archived on ${archived}, after this fact-check (${checkedOn}): the fact-check cannot have read a copy that did not exist yet. Correct the dates, or set "updated" to the day the quote was checked against this copy.`,
        `The copy's date is in ${source.path}.`,
      );
    }
    if (context.unreadable.has(sourceId)) {
      blocked = true;
      return;
    }
    const short = quoteLengthProblem(citationId, citation.data.quote);
    if (short) {
      report(file.field(["citations", index, "quote"]), short.rule, short.reason);
      return;
    }
    const location: Location = locate(source.text, citation.data);
    const apart =
      location.kind === "not-found"
        ? (parenthesisedElisionProblem(citationId, source, citation.data) ??
          elisionProblem(citationId, source, citation.data))
        : undefined;
    const problem = apart ?? quoteProblem(citationId, source, location, citation.data);
    if (problem) {
      const field =
        problem.rule === Rule.quoteContext ? contextField(source, citation.data) : "quote";
      report(file.field(["citations", index, field]), problem.rule, problem.reason, problem.hint);
    } else if (location.kind === "found") {
      located.push({ ...citation.data, parts: location.parts });
    }
  });

  const used = new Set<string>();
  for (const match of file.body.matchAll(CITATION_REFERENCE)) {
    const ref = match[1] ?? "";
    used.add(ref);
    if (seen.has(ref)) continue;
    const ids = [...seen.keys()];
    const guess = ids.length > 0 ? ` Did you mean [@${closest(ref, ids)}]?` : "";
    report(
      file.point(file.bodyOffset + match.index),
      Rule.undefinedCitation,
      `[@${ref}] refers to no citation of this claim.${guess}`,
      "Each [@id] in the body must be the id of one of the claim's citations.",
    );
  }
  for (const [citationId, index] of seen) {
    if (used.has(citationId)) continue;
    report(
      file.field(["citations", index, "id"]),
      Rule.unusedCitation,
      `Citation "${citationId}" is never referred to in the body. Write [@${citationId}] where the reasoning relies on it.`,
    );
  }

  const ok = parsed.success && !blocked && !diagnostics.some((d) => d.severity === "error");
  return {
    claim: ok ? { id, file, data: parsed.data, citations: located } : undefined,
    diagnostics,
  };
}

/**
 * Which of a citation's `prefix` and `suffix` keeps its quote from being found:
 * the line a contributor must change.
 */
function contextField(source: QuotedSource, citation: Citation): "prefix" | "suffix" {
  if (citation.prefix === undefined) return "suffix";
  if (citation.suffix === undefined) return "prefix";
  const prefixOnly = locate(source.text, { quote: citation.quote, prefix: citation.prefix });
  return prefixOnly.kind === "context-mismatch" ? "prefix" : "suffix";
}

/** Each correction's `previousVerdict` that is a text, with the correction's index. */
function previousVerdicts(corrections: unknown): Array<[number, string]> {
  if (!Array.isArray(corrections)) return [];
  return corrections.flatMap((correction, index): Array<[number, string]> => {
    const previous = (correction as { previousVerdict?: unknown } | null)?.previousVerdict;
    return typeof previous === "string" && previous !== "" ? [[index, previous]] : [];
  });
}

/**
 * The key of the scale closest to `verdict`: the one it spells with capitals,
 * accents or spaces (`Plutôt vrai` is `plutot-vrai`), or else the nearest.
 */
function closestVerdict(verdict: string, keys: readonly string[]): string {
  const plain = verdict
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, "-");
  return keys.find((key) => key === plain) ?? closest(plain, [...keys]);
}
