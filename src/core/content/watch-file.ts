/**
 * Reading `content/watch.json`, when there is one: the check and the build
 * never need it, and a site without it shows no notice. A file that is not
 * JSON, or not what `npm run watch-sources` writes, is an error on its line.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import { Rule } from "../diagnostics/rules.ts";
import {
  lastFinding,
  type Watch,
  type WatchedSource,
  watchedSourceSchema,
  watchSchema,
} from "../schema/watch.ts";
import type { ContentFile } from "./content-file.ts";
import { pointsOf, readText } from "./content-file.ts";
import { schemaDiagnostics } from "./schema-issues.ts";
import { offsetOfPath, parseYaml } from "./yaml.ts";

/** The name of the file in the content folder. */
export const WATCH_FILE = "watch.json";

/** Reads `watch.json` in `dir` (`display` is `dir` as printed); undefined when absent or invalid. */
export function loadWatch(
  dir: string,
  display: string,
  diagnostics: Diagnostic[],
): Watch | undefined {
  const absolute = join(dir, WATCH_FILE);
  if (!existsSync(absolute)) return undefined;
  const path = `${display}/${WATCH_FILE}`;
  const raw = readText(absolute, path);
  if (typeof raw !== "string") {
    diagnostics.push(raw);
    return undefined;
  }
  const point = pointsOf(raw);
  try {
    JSON.parse(raw);
  } catch (thrown) {
    const message = (thrown as Error).message;
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    diagnostics.push(
      diagnostic({
        file: path,
        ...point(offset),
        rule: Rule.watchFile,
        reason: `The file is not valid JSON (${message.replace(/ in JSON at position \d+.*$/, "")}). It is written by npm run watch-sources: run it again, or restore the file from the history.`,
      }),
    );
    return undefined;
  }
  const parsed = parseYaml(raw);
  if (!parsed.ok) {
    // JSON that the reader refuses all the same: a source written twice by a hand merge, deep nesting.
    diagnostics.push(
      diagnostic({
        file: path,
        ...point(parsed.offset),
        rule: Rule.watchFile,
        reason: `${parsed.reason} The file is written by npm run watch-sources: run it again, or restore the file from the history.`,
      }),
    );
    return undefined;
  }
  const checked = watchSchema.safeParse(parsed.data, { reportInput: true });
  if (checked.success) return byId(parsed.data as { sources: Record<string, unknown> });
  const position = (fieldPath: readonly PropertyKey[]) =>
    point(offsetOfPath(parsed.document, fieldPath));
  diagnostics.push(
    ...schemaDiagnostics(checked.error.issues, watchSchema, { file: path, position }),
  );
  return undefined;
}

/**
 * The sources of a file the schema accepted, in an object without a prototype:
 * zod's record assigns each key, which turns a source with the valid id
 * `__proto__` into a prototype, and a plain object answers `constructor` for
 * a source never checked.
 */
function byId(data: { sources: Record<string, unknown> }): Watch {
  const sources = Object.create(null) as Watch["sources"];
  for (const id of Object.keys(data.sources))
    sources[id] = watchedSourceSchema.parse(data.sources[id]);
  return { sources };
}

/**
 * A warning on the `url` line of `file` when its original changed in a way an
 * editor should look at (quotes gone, moved, gone, unreachable); undefined when
 * it is unchanged or still has every quote.
 */
export function originalWarning(file: ContentFile, entry: WatchedSource): Diagnostic | undefined {
  const finding = lastFinding(entry);
  if (finding === "unchanged" || finding === "changed-quotes-present") {
    if (entry.state !== "unreachable") return undefined;
  }
  const gone = entry.gone ?? [];
  const lost = `${gone.length} cited passage${gone.length === 1 ? " is" : "s are"} no longer in it (${gone.map((g) => `${g.claim}, citation ${g.citation}`).join("; ")})`;
  const reason =
    entry.state === "changed-quotes-gone"
      ? `The original changed since it was archived: ${lost}. The archived copy stays the reference; check whether the article was corrected.`
      : entry.state === "moved"
        ? `The original moved to ${entry.to}. Check that it is the same document, then update url.`
        : entry.state === "gone"
          ? `The original is gone (HTTP ${entry.status}). The archived copy stays the reference.`
          : `The original could not be reached${entry.since ? ` since ${entry.since}` : ""}: ${entry.reason ?? "no answer"}${finding === "changed-quotes-gone" ? ` Last seen (${entry.lastRead}): ${lost}.` : ""}`;
  return diagnostic({
    file: file.path,
    ...file.field(["url"]),
    rule: Rule.originalChanged,
    reason,
  });
}
