/** A small static server for the built site, on the loopback interface, for the browser tests. */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

/** A running server: its origin (`http://127.0.0.1:port`) and how to stop it. */
export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** Serves `folder` under `base` (`/` or `/verif/`), as a static host would, 404.html included. */
export async function serve(folder: string, base = "/"): Promise<Served> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = path.startsWith(base)
      ? await resolveFile(folder, path.slice(base.length))
      : undefined;
    if (!file) {
      response.writeHead(404, { "Content-Type": TYPES[".html"] as string });
      createReadStream(join(folder, "404.html")).pipe(response);
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

async function resolveFile(folder: string, relative: string): Promise<string | undefined> {
  const candidate = normalize(join(folder, relative));
  if (candidate !== folder && !candidate.startsWith(`${folder}${sep}`)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = join(candidate, "index.html");
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // Not found.
  }
  return undefined;
}
