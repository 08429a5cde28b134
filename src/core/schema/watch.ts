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
    .describe("The quotes the original no longer has (state changed-quotes-gone)."),
});

/** The whole file. */
export const watchSchema = z
  .strictObject({
    sources: z.record(id(), watchedSourceSchema).describe("The last check of each source, by id."),
  })
  .describe("The last check of the sources' live originals (npm run watch-sources).");

/** A state of {@link WATCH_STATES}. */
export type WatchState = (typeof WATCH_STATES)[number];
/** A quote gone from its original. */
export type GoneQuote = z.output<typeof goneQuoteSchema>;
/** The last check of one source's original. */
export type WatchedSource = z.output<typeof watchedSourceSchema>;
/** `content/watch.json`, checked. */
export type Watch = z.output<typeof watchSchema>;
