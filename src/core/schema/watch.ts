/**
 * `content/watch.json`: the last check of the sources' live originals, written
 * by `npm run watch-sources`. The archived copy stays the reference; this only
 * says whether the original still says the same.
 */
import { z } from "zod";
import { httpUrl, id, text } from "./fields.ts";

/** The states of an original, from the best news to the worst. */
export const WATCH_STATES = [
  "unchanged",
  "changed-quotes-present",
  "changed-quotes-gone",
  "moved",
  "gone",
  "unreachable",
] as const;

/** A quote that no longer stands in the original. */
export const goneQuoteSchema = z.strictObject({
  claim: id().describe("The claim that cites it."),
  citation: id().describe("The citation's id in that claim."),
  quote: text().describe("The quote, as the claim writes it."),
  closest: z
    .strictObject({
      text: text().describe("The passage of the original closest to it now."),
      similarity: z.number().min(0).max(1).describe("0 to 1: how close that passage is."),
    })
    .optional()
    .describe("The closest passage now, when one is similar enough."),
});

/** The most characters of a passage recorded in a change: a few sentences. */
export const MAX_CHANGE_CHARS = 600;

/** A passage of the original that changed near the cited ones: its old words and its new. */
export const changeSchema = z.strictObject({
  old: z
    .string({ error: "must be a text" })
    .max(MAX_CHANGE_CHARS)
    .describe(
      "The words of the archived text that the original no longer has (empty: words added).",
    ),
  new: z
    .string({ error: "must be a text" })
    .max(MAX_CHANGE_CHARS)
    .describe("The words the original has in their place (empty: words removed)."),
  before: z
    .string({ error: "must be a text" })
    .max(MAX_CHANGE_CHARS)
    .optional()
    .describe("The unchanged words just before, to find the place."),
  after: z
    .string({ error: "must be a text" })
    .max(MAX_CHANGE_CHARS)
    .optional()
    .describe("The unchanged words just after."),
  near: z
    .array(z.string({ error: "must be a text" }).max(300))
    .optional()
    .describe("The citations (claim/citation) whose passage it stands in or beside."),
});

const dateTime = (what: string) =>
  z.iso
    .datetime({ error: "must be a UTC date and time such as 2026-11-30T06:00:00Z" })
    .describe(what);

/** The last check of one source's original. */
export const watchedSourceSchema = z.strictObject({
  url: httpUrl().describe("The address checked: the source's url."),
  checked: z.iso
    .datetime({ error: "must be a UTC date and time such as 2026-11-30T06:00:00Z" })
    .describe("When it was checked, UTC."),
  state: z
    .enum(WATCH_STATES, { error: `must be one of ${WATCH_STATES.join(", ")}` })
    .describe("What the check found."),
  status: z
    .number()
    .int()
    .min(100)
    .max(599)
    .optional()
    .describe("The HTTP status of the last answer, when there was one."),
  to: httpUrl().optional().describe("Where the original moved to (state moved)."),
  reason: text().optional().describe("Why the original could not be read (state unreachable)."),
  gone: z
    .array(goneQuoteSchema)
    .optional()
    .describe(
      "The quotes the original no longer has (state changed-quotes-gone, or the last reading of an original now unreachable).",
    ),
  changes: z
    .array(changeSchema)
    .optional()
    .describe("What changed in the original, nearest the cited passages first (states changed-*)."),
  firstChecked: dateTime("When the original was checked for the first time.").optional(),
  since: dateTime("Since when the original has been in this state.").optional(),
  lastRead: dateTime("When the original was last read in full (its text compared).").optional(),
  seen: z
    .enum(WATCH_STATES, { error: `must be one of ${WATCH_STATES.join(", ")}` })
    .optional()
    .describe(
      "What the last reading found, kept while the original is unreachable: its gone and changes stay with it.",
    ),
});

/** The whole file. */
export const watchSchema = z
  .strictObject({
    sources: z.record(id(), watchedSourceSchema).describe("The last check of each source, by id."),
  })
  .describe("The last check of the sources' live originals (npm run watch-sources).");

/** A state of {@link WATCH_STATES}. */
export type WatchState = (typeof WATCH_STATES)[number];
/** A passage that changed in an original. */
export type Change = z.output<typeof changeSchema>;
/** A quote gone from its original. */
export type GoneQuote = z.output<typeof goneQuoteSchema>;
/** The last check of one source's original. */
export type WatchedSource = z.output<typeof watchedSourceSchema>;
/** `content/watch.json`, checked. */
export type Watch = z.output<typeof watchSchema>;

/** The finding a reader should be told of: the state read last, even while the original is unreachable. */
export function lastFinding(entry: WatchedSource): WatchState {
  return entry.state === "unreachable" && entry.seen ? entry.seen : entry.state;
}
