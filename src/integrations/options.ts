/**
 * The options of `citable({ … })` in astro.config.mjs: the site owner's
 * choices, checked with zod before anything is built. A misspelt or invalid
 * option stops the build with the option's name, what was given and what is
 * allowed, never a stack of zod's internals.
 */
import { closest } from "fastest-levenshtein";
import { z } from "zod";
import { SHARE_CARD_MODES } from "../core/schema/settings.ts";

const optionsSchema = z.strictObject({
  content: z
    .string()
    .min(1)
    .default("content")
    .describe("the content folder, relative to the project's root"),
  shareCards: z
    .enum(SHARE_CARD_MODES)
    .optional()
    .describe("which share cards: claim, verdict or off (default: site.yaml's shareCards)"),
  cardCache: z
    .string()
    .min(1)
    .optional()
    .describe("the folder that keeps drawn share cards between builds"),
});

/** What astro.config.mjs may pass to `citable()`. */
export type CitableUserOptions = z.input<typeof optionsSchema>;

/** The options once checked, defaults filled in. */
export type CitableOptions = z.output<typeof optionsSchema>;

const NAMES = Object.keys(optionsSchema.shape);

/** Checks `input`; throws an Error whose message says what is wrong and what is allowed. */
export function parseOptions(input: unknown = {}): CitableOptions {
  const parsed = optionsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const given = (input ?? {}) as Record<string, unknown>;
  const lines = parsed.error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const guess = closest(key, NAMES);
        return `citable() has no option "${key}" (given ${show(given[key])}). Did you mean "${guess}"? The options are ${list(NAMES)}.`;
      });
    }
    const name = String(issue.path[0] ?? "");
    if (name === "") return [`citable() takes an object of options, not ${show(input)}.`];
    const allowed =
      issue.code === "invalid_value" ? list(issue.values.map(String)) : expected(name);
    return [`citable() option "${name}" is ${show(given[name])}; it must be ${allowed}.`];
  });
  throw new Error(lines.join("\n"));
}

function expected(name: string): string {
  return optionsSchema.shape[name as keyof typeof optionsSchema.shape]?.description ?? "valid";
}

function show(value: unknown): string {
  return value === undefined ? "nothing" : JSON.stringify(value);
}

function list(values: string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  return quoted.length < 2
    ? quoted.join("")
    : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}
