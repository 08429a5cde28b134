/** The options of `npm run watch-sources`, read and checked: a sentence for what is wrong. */
import { FAIL_ON, type FailOn } from "../watch/index.ts";

/** What `npm run watch-sources` was asked. */
export interface WatchOptions {
  only: ReadonlySet<string> | undefined;
  concurrency: number;
  perHost: number;
  timeoutMs: number;
  /** When the last check may start, `Date.now()` milliseconds. */
  deadline: number;
  hostGapMs: number;
  failOn: ReadonlySet<FailOn>;
  allowPrivateNetwork: boolean;
  format: "text" | "github";
}

/** The options of `values`, or why they cannot be used. */
export function watchOptions(
  values: Record<string, string | boolean | string[] | undefined>,
  positionals: readonly string[],
  now = Date.now(),
): WatchOptions | string {
  const text = (name: string) => values[name] as string | undefined;
  const concurrency = Number(text("concurrency") ?? 4);
  const perHost = Number(text("per-host") ?? 2);
  const seconds = Number(text("timeout") ?? 30);
  const minutes = Number(text("deadline") ?? 20);
  const format = text("format") ?? (process.env.CI === "true" ? "github" : "text");
  const failOn = (text("fail-on") ?? "").split(",").filter((name) => name !== "");
  const unknown = failOn.filter((name) => !(FAIL_ON as readonly string[]).includes(name));
  if (positionals.length > 0)
    return `Unexpected ${positionals.join(" ")}: name sources with --only.`;
  if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 16))
    return "--concurrency takes a whole number from 1 to 16.";
  if (!(Number.isInteger(perHost) && perHost >= 1 && perHost <= 4))
    return "--per-host takes a whole number from 1 to 4: more would burden a site.";
  if (!(seconds > 0 && seconds <= 600))
    return "--timeout takes a number of seconds between 1 and 600.";
  if (!(minutes > 0 && minutes <= 24 * 60))
    return "--deadline takes a number of minutes between 1 and 1440.";
  if (unknown.length > 0)
    return `--fail-on does not know ${unknown.join(", ")}: use ${FAIL_ON.join(", ")}, separated by commas.`;
  if (format !== "text" && format !== "github")
    return `Unknown format "${format}": use text or github.`;
  const only = values.only as string[] | undefined;
  return {
    only: only ? new Set(only) : undefined,
    concurrency,
    perHost,
    timeoutMs: seconds * 1000,
    deadline: now + minutes * 60_000,
    hostGapMs: 1000,
    failOn: new Set(failOn as FailOn[]),
    allowPrivateNetwork: values["allow-private-network"] === true,
    format,
  };
}
