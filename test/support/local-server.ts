/** A web server on 127.0.0.1 for the fetch tests: an article, redirects, a 404, a page that never ends. */
import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A running server, the user agents it saw, and how to stop it. */
export interface LocalServer {
  origin: string;
  userAgents: string[];
  close(): Promise<void>;
}

const article = readFileSync(
  new URL("../../src/capture/__tests__/fixtures/association-nationale/page.html", import.meta.url),
);

/** Starts the server; `routes` adds or replaces answers by path. */
export async function localServer(
  routes: Record<string, (response: ServerResponse) => void> = {},
): Promise<LocalServer> {
  const userAgents: string[] = [];
  const open = new Set<ServerResponse>();
  const all: Record<string, (response: ServerResponse) => void> = {
    "/article": (response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(article);
    },
    "/ancienne-adresse": (response) => {
      response.writeHead(301, { location: "/2026/relais" });
      response.end();
    },
    "/2026/relais": (response) => {
      response.writeHead(302, { location: "/article" });
      response.end();
    },
    "/boucle": (response) => {
      response.writeHead(302, { location: "/boucle" });
      response.end();
    },
    "/absent": (response) => {
      response.writeHead(404, { "content-type": "text/html" });
      response.end("<h1>Page introuvable</h1>");
    },
    "/sans-fin": (response) => {
      // Headers and a first chunk, then nothing: the body never ends.
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.write("<!DOCTYPE html><html><body><p>Le début d’un article");
    },
    "/enorme": (response) => {
      response.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(1024 * 1024, "a");
      let sent = 0;
      const next = () => {
        while (sent < 64 && response.write(chunk)) sent++;
        if (sent < 64) response.once("drain", next);
        else response.end();
      };
      next();
    },
    ...routes,
  };
  const server = createServer((request, response) => {
    userAgents.push(request.headers["user-agent"] ?? "");
    open.add(response);
    response.on("close", () => open.delete(response));
    const route = all[new URL(request.url ?? "/", "http://x").pathname];
    if (route) route(response);
    else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    userAgents,
    close: () =>
      new Promise<void>((done) => {
        for (const response of open) response.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
