/**
 * One claim file through the session: opened (read and split), then checked
 * against the {@link ClaimContext}, with what the session keeps of it: the
 * sources it cites (what a source change must re-check) and its labels.
 */
import type { ContentFile } from "../content/content-file.ts";
import { type ContentEntry, open } from "../content/content-listing.ts";
import { type LabelUse, labelLengths, labelUses } from "../content/labels.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { ClaimContext } from "./claim-context.ts";
import { type Claim, checkClaim } from "./claims.ts";
import { type ClaimStatement, statementOf } from "./own-fact-checks.ts";

/** A claim file read and split, or the problem that stopped it. */
export interface OpenedClaim {
  entry: ContentEntry;
  file: ContentFile | undefined;
  diagnostics: Diagnostic[];
}

/** A claim file checked. */
export interface CheckedClaim {
  entry: ContentEntry;
  diagnostics: Diagnostic[];
  /** True when it has no error: it will be rendered. */
  valid: boolean;
  /** The claim, when it has no error (and, for a check, kept only as {@link valid}). */
  claim: Claim | undefined;
  /** The source ids its citations name, valid or not. */
  cites: Set<string>;
  /** Its tags and claimant, compared across claims. */
  labels: LabelUse[];
  /** What "who already checked it" compares, when the file could be opened. */
  statement?: ClaimStatement | undefined;
}

/** Reads and splits the claim file `entry`. */
export function openClaim(entry: ContentEntry): OpenedClaim {
  const diagnostics: Diagnostic[] = [];
  const file = open(entry.absolute, entry.path, diagnostics);
  return { entry, file, diagnostics };
}

/** Checks an opened claim file against `context`. */
export function checkOpened(opened: OpenedClaim, context: ClaimContext): CheckedClaim {
  const { entry, file } = opened;
  if (!file) {
    return {
      entry,
      diagnostics: opened.diagnostics,
      valid: false,
      claim: undefined,
      cites: new Set(),
      labels: [],
    };
  }
  const checked = checkClaim(entry.id, file, context);
  const labels = labelUses(file);
  const tooLong = labelLengths(labels);
  return {
    entry,
    diagnostics: [...opened.diagnostics, ...checked.diagnostics, ...tooLong],
    valid: checked.claim !== undefined && tooLong.length === 0,
    claim: tooLong.length === 0 ? checked.claim : undefined,
    cites: citedSources(file),
    labels,
    statement: statementOf(file.data),
  };
}

/**
 * The claim file of `entry` as positions are asked of it: opened again only
 * when a position is asked (a label's warning, a note's line), for a claim
 * that was read in another thread. A file that can no longer be opened
 * places everything on its first line.
 */
export function reopened(entry: ContentEntry): Pick<ContentFile, "path" | "field"> {
  let file: ContentFile | null | undefined = null;
  return {
    path: entry.path,
    field: (path) => {
      if (file === null) file = open(entry.absolute, entry.path, []);
      return file?.field(path) ?? { line: 1, column: 1 };
    },
  };
}

/** The source ids a claim file's citations name, read from its raw front matter. */
export function citedSources(file: ContentFile): Set<string> {
  const citations = (file.data as { citations?: unknown }).citations;
  const ids = new Set<string>();
  if (!Array.isArray(citations)) return ids;
  for (const citation of citations) {
    const source = (citation as { source?: unknown } | null)?.source;
    if (typeof source === "string") ids.add(source);
  }
  return ids;
}
