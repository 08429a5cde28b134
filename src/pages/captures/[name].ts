/**
 * The original bytes of each source that records a capture, as evidence a
 * reader can download. A saved web page is served as plain text under a
 * `.txt` name, so that no host runs it on the site's origin (see
 * src/core/site/capture-link.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { contentFolder } from "../../integrations/deployment.ts";
import { sources, sourceView } from "../../lib/site";

const TYPES: Record<string, string> = {
  html: "text/plain; charset=utf-8",
  pdf: "application/pdf",
  txt: "text/plain; charset=utf-8",
};

export const getStaticPaths = (async () => {
  const views = await Promise.all((await sources()).map((source) => sourceView(source.id)));
  return views.flatMap((view) =>
    view.capture
      ? [
          {
            params: { name: view.capture.path.slice("captures/".length) },
            props: { capture: view.capture },
          },
        ]
      : [],
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { capture } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return new Response(readFileSync(join(contentFolder(), capture.file)), {
    headers: { "Content-Type": TYPES[capture.format] ?? "application/octet-stream" },
  });
};
