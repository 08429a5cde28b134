/**
 * The badge colours and icons of the rating scale, as a stylesheet: colours are
 * data, and pages carry no inline style; each icon is drawn here once, as a mask
 * that the badges fill with their text's colour (global.css, `.verdict--icon`).
 */
import type { APIRoute } from "astro";
import { verdictIconMask } from "../core/site/verdict-icons.ts";
import { verdicts } from "../lib/site";

export const GET: APIRoute = async () => {
  const rules = (await verdicts()).map(
    // .verdict[…] outweighs the badge's default colour whichever stylesheet comes last.
    (verdict) =>
      `[data-verdict="${verdict.key}"], .verdict[data-verdict="${verdict.key}"] { --verdict: ${verdict.color}; --verdict-icon: ${verdictIconMask(verdict.icon)}; }`,
  );
  return new Response(`${rules.join("\n")}\n`, {
    headers: { "Content-Type": "text/css; charset=utf-8" },
  });
};
