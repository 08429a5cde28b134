/**
 * The build's warning for a claim whose card shows its verdict only, because
 * no font of the card has a character of it: the card is not silently
 * emptied, and the editor learns which character and which claim.
 */
import { join, relative } from "node:path";
import { diagnostic } from "../core/diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { Rule } from "../core/diagnostics/rules.ts";
import type { AnyCard } from "./card-data.ts";
import { isSiteCard } from "./card-data.ts";
import { missingOnCard } from "./draw.ts";

/** The warnings of `cards`, one line each, for the claims' files under `contentDir`. */
export function cardWarnings(cards: readonly AnyCard[], contentDir: string): string[] {
  const out: string[] = [];
  for (const card of cards) {
    if (isSiteCard(card)) continue;
    const missing = missingOnCard(card);
    if (missing.length === 0) continue;
    const warning = diagnostic({
      file: relative(process.cwd(), join(contentDir, "claims", `${card.id}.md`)).replaceAll(
        "\\",
        "/",
      ),
      line: 1,
      column: 1,
      rule: Rule.cardFontMissing,
      reason: `Its share card shows the verdict only: no font of the card draws ${missing.map(named).join(", ")}.`,
      hint: "Write the character otherwise (a letter for a symbol), or leave it out of the claim, its summary and its claimant.",
    });
    out.push(formatDiagnostic(warning));
  }
  return out;
}

/** « 𐀀 » (U+10000). */
function named(text: string): string {
  const points = [...text].map(
    (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
  return `«\u202f${text}\u202f» (${points.join(" ")})`;
}
