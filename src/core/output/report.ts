/**
 * The lines `npm run build` ends with: what the site weighs, and a warning for
 * each common host whose limits it goes beyond.
 */
import { count, HOSTS, type HostLimits, hostWarnings, size } from "./hosts.ts";
import type { OutputSurvey } from "./survey.ts";

/** The report of `survey`: one summary line, then one `warning` line per limit exceeded. */
export function outputReport(survey: OutputSurvey, hosts: readonly HostLimits[] = HOSTS): string[] {
  const largest = survey.largest
    ? `; the largest file is ${survey.largest.path} (${size(survey.largest.bytes)})`
    : "";
  const summary = `Output: ${size(survey.bytes)} in ${count(survey.files)} files${largest}.`;
  const warnings = hostWarnings(survey, hosts);
  if (warnings.length === 0) return [`${summary} It fits every common static host.`];
  return [summary, ...warnings.map((warning) => `warning  ${warning.message}`)];
}
