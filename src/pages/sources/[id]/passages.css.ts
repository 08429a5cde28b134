/** A source page's stylesheet: it highlights every part of the passage a reader arrives at, without script. */
import type { APIRoute } from "astro";
import { targetStyles } from "../../../core/site/target-styles.ts";
import { sources, sourceView } from "../../../lib/site";

export async function getStaticPaths() {
  return (await sources())
    .filter((source) => source.passages > 0)
    .map((source) => ({ params: { id: source.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const source = await sourceView(params.id as string);
  const css = targetStyles(source.passages.map((passage) => passage.fragment));
  return new Response(css, { headers: { "Content-Type": "text/css; charset=utf-8" } });
};
