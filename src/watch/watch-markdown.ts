/**
 * The body of the pull request the weekly workflow opens: for each original
 * that is not unchanged, its state and what changed, old and new words. The
 * words come from strangers' pages, so they stand in code blocks, where a
 * pull request renders no link, image or mention.
 */
import type { WatchedSource } from "../core/schema/watch.ts";
import type { WatchResult } from "./watch-source.ts";

/** The Markdown summary of `results`; `skipped` are the sources the deadline left unchecked. */
export function watchMarkdown(results: readonly WatchResult[], skipped: readonly string[]): string {
  const worth = results.filter(({ entry }) => entry.state !== "unchanged");
  const lines = [
    `npm run watch-sources checked ${results.length} original${results.length === 1 ? "" : "s"}: ${results.length - worth.length} unchanged.`,
    "The archived copies stay the reference; the site shows a notice on the source and claim pages concerned.",
  ];
  if (skipped.length > 0)
    lines.push(
      "",
      `Not checked before the deadline (they keep their last state): ${code(skipped.join(", "))}.`,
    );
  for (const { id, entry } of worth) lines.push("", ...sourceSection(id, entry));
  return `${lines.join("\n")}\n`;
}

function sourceSection(id: string, entry: WatchedSource): string[] {
  const lines = [`### ${code(id)}: ${entry.state}`, "", `Original: ${code(entry.url)}`];
  if (entry.to) lines.push(`Now at: ${code(entry.to)}`);
  if (entry.reason) lines.push("", block(entry.reason, "text"));
  if (entry.seen || (entry.since && entry.since !== entry.checked)) {
    const seen = entry.seen ? `; last seen: ${entry.seen} (${entry.lastRead})` : "";
    lines.push("", `${entry.state} since ${entry.since}${seen}.`);
  }
  for (const gone of entry.gone ?? []) {
    const closest = gone.closest
      ? `\nclosest now (${Math.round(gone.closest.similarity * 100)} %): ${gone.closest.text}`
      : "";
    lines.push(
      "",
      `Cited passage gone (${code(`${gone.claim}`)}, citation ${code(gone.citation)}):`,
    );
    lines.push(block(`${gone.quote}${closest}`, "text"));
  }
  for (const change of entry.changes ?? []) {
    const near = change.near ? ` near ${change.near.map(code).join(", ")}` : "";
    const around = (words: string) =>
      `${change.before ? `${change.before} ` : ""}${words}${change.after ? ` ${change.after}` : ""}`;
    const diff = [
      ...(change.old ? [`- ${around(change.old)}`] : []),
      ...(change.new ? [`+ ${around(change.new)}`] : []),
    ];
    lines.push("", `Changed${near}:`, block(diff.join("\n"), "diff"));
  }
  return lines;
}

/** `text` in a fenced block whose fence no line of it can close. */
function block(text: string, language: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${text.replaceAll("\r", "")}\n${fence}`;
}

/** `text` as inline code, with a fence longer than any run of backticks in it. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence} ${text.replaceAll(/[\r\n]+/g, " ")} ${fence}`;
}
