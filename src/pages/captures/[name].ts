/**
 * The original bytes of each source that records a capture, as evidence a
 * reader can download. A saved web page is served as plain text under a
 * `.txt` name, so that no host runs it on the site's origin (see
 * src/core/site/capture-link.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { content } from "virtual:citable/config";
import type { APIRoute, GetStaticPaths } from "astro";
import { views } from "../../lib/site";

const TYPES: Record<string, string> = {
  html: "text/plain; charset=utf-8",
  pdf: "application/pdf",
  txt: "text/plain; charset=utf-8",
};

export const getStaticPaths = (async () => {
  return (await views()).sources.flatMap((view) =>
    view.capture
      ? [
          {
            params: { name: view.capture.path.slice("captures/".length) },
            props: { capture: view.capture, file: join(content, view.capture.file) },
          },
        ]
      : [],
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { capture, file } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return new Response(readFileSync(file), {
    headers: { "Content-Type": TYPES[capture.format] ?? "application/octet-stream" },
  });
};
