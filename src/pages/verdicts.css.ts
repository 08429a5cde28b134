/** The badge colours of the rating scale, as a stylesheet: colours are data, and pages carry no inline style. */
import type { APIRoute } from "astro";
import { verdicts } from "../lib/site";

export const GET: APIRoute = async () => {
  const rules = (await verdicts()).map(
    // .verdict[…] outweighs the badge's default colour whichever stylesheet comes last.
    (verdict) =>
      `[data-verdict="${verdict.key}"], .verdict[data-verdict="${verdict.key}"] { --verdict: ${verdict.color}; }`,
  );
  return new Response(`${rules.join("\n")}\n`, {
    headers: { "Content-Type": "text/css; charset=utf-8" },
  });
};
