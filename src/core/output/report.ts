/**
 * The lines `npm run build` ends with: what the site weighs, and a warning for
 * each common host whose limits it goes beyond.
 */
import { count } from "../numbers.ts";
import { HOSTS, type HostLimits, hostWarnings, size, sizesAgainst } from "./hosts.ts";
import type { OutputSurvey } from "./survey.ts";

/** What the share cards (`cards/`) weigh in a built site. */
export interface CardsShare {
  bytes: number;
  files: number;
}

// Cards this large a part of what a host refuses are worth a word on how to draw fewer.
const CARDS_WORTH_A_HINT = 0.2;

/**
 * The report of `survey`: one summary line, then one `warning` line per limit
 * exceeded, and a `hint` when one share card per claim is a large part of a
 * size or a number of files that a host refuses.
 */
export function outputReport(
  survey: OutputSurvey,
  hosts: readonly HostLimits[] = HOSTS,
  cards: CardsShare = { bytes: 0, files: 0 },
): string[] {
  // Written as the warnings write them: a site over a limit never reads as the limit itself.
  const sizes = sizesAgainst(survey, hosts);
  const largest = survey.largest
    ? `; the largest file is ${survey.largest.path} (${sizes.largest})`
    : "";
  const ofCards =
    cards.files > 0 ? ` (share cards: ${size(cards.bytes)} in ${count(cards.files)} files)` : "";
  const summary = `Output: ${sizes.site} in ${count(survey.files)} files${ofCards}${largest}.`;
  const warnings = hostWarnings(survey, hosts);
  if (warnings.length === 0) return [`${summary} It fits every common static host.`];
  const lines = [summary, ...warnings.map((warning) => `warning  ${warning.message}`)];
  const cardsMatter = warnings.some(
    ({ limit }) =>
      (limit === "siteBytes" && cards.bytes > CARDS_WORTH_A_HINT * survey.bytes) ||
      (limit === "files" && cards.files > CARDS_WORTH_A_HINT * survey.files),
  );
  if (cardsMatter) {
    lines.push(
      `hint  The share cards are ${size(cards.bytes)} and ${count(cards.files)} files of it: \`shareCards: verdict\` in site.yaml draws one card per verdict instead of one per claim.`,
    );
  }
  return lines;
}
