/**
 * The last guard before `watch.json`: an entry is written only if the check
 * will accept it. Whatever an origin answers (a status of 999, a redirect to a
 * look-alike host, a reason full of control characters), the file stays one
 * that `npm run check` and the build read.
 */
import { addressProblem } from "../core/schema/address.ts";
import { type WatchedSource, watchedSourceSchema } from "../core/schema/watch.ts";

/** `entry` when the check accepts it; otherwise the same check recorded as unreachable, with the reason. */
export function recordable(entry: WatchedSource): WatchedSource {
  const refused = refusal(entry);
  if (!refused) return entry;
  const fallback: WatchedSource = {
    url: entry.url,
    checked: entry.checked,
    state: "unreachable",
    reason: `The answer could not be recorded: ${refused}`,
  };
  return refusal(fallback)
    ? { ...fallback, reason: "The answer could not be recorded." }
    : fallback;
}

function refusal(entry: WatchedSource): string | undefined {
  for (const address of [entry.url, entry.to]) {
    const problem = address === undefined ? undefined : addressProblem(address);
    if (problem)
      return `the address ${JSON.stringify(address)} is one the check refuses (${problem.kind}).`;
  }
  const parsed = watchedSourceSchema.safeParse(entry);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join(".") || "the entry"} ${issue?.message ?? "is not valid"}.`;
}
