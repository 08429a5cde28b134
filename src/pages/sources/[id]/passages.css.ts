/** A source page's stylesheet: it highlights every part of the passage a reader arrives at, without script. */
import type { APIRoute } from "astro";
import { targetStyles } from "../../../core/site/target-styles.ts";
import { views } from "../../../lib/site";

export async function getStaticPaths() {
  return (await views()).sources
    .filter((source) => source.passages.length > 0)
    .map((source) => ({
      params: { id: source.id },
      props: { fragments: source.passages.flatMap((passage) => passage.fragments) },
    }));
}

export const GET: APIRoute = async ({ props }) => {
  const css = targetStyles((props as { fragments: string[] }).fragments);
  return new Response(css, { headers: { "Content-Type": "text/css; charset=utf-8" } });
};
