/**
 * Two small Citable sites of their own content for the network tests, each
 * listing the other as its partner, built with `npm run build --
 * --allow-private-network` (they are served on 127.0.0.1) and served by a
 * static server that applies the `_headers` file the build wrote, as
 * Netlify or Cloudflare Pages would: that file is what lets a partner read
 * the index across origins.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTENT_FORMAT } from "../../src/core/schema/settings.ts";
import { buildFixtureSite } from "./build-site.ts";

const RATINGS = fileURLToPath(
  new URL("../../src/core/check/__tests__/fixtures/content/ratings.yaml", import.meta.url),
);

/** One fact-check of a test site: its id, the claim, its verdict key, and a sentence of the source it quotes. */
export interface TestClaim {
  id: string;
  claim: string;
  verdict: string;
  quote: string;
}

/** What a test site holds. */
export interface TestSite {
  name: string;
  lang: "fr" | "en";
  claims: TestClaim[];
}

/** Writes the content folder of `site`, served at `url`, with `partners` in its network; returns the folder. */
export function writeContent(
  folder: string,
  site: TestSite,
  url: string,
  partners: Array<{ name: string; url: string }>,
): string {
  const content = join(folder, "content");
  mkdirSync(join(content, "claims"), { recursive: true });
  mkdirSync(join(content, "sources"), { recursive: true });
  cpSync(RATINGS, join(content, "ratings.yaml"));
  const network = partners.map((p) => `  - name: ${p.name}\n    url: ${p.url}\n`).join("");
  writeFileSync(
    join(content, "site.yaml"),
    `format: ${CONTENT_FORMAT}\nname: ${site.name}\ndescription: Fact-checks of ${site.name}.\nlang: ${site.lang}\nurl: ${url}\npublisher:\n  name: ${site.name}\nshareCards: off\nnetwork:\n${network}`,
  );
  const text = site.claims.map((claim) => claim.quote).join("\n\n");
  writeFileSync(
    join(content, "sources", "report.md"),
    `---\ntitle: "The report of ${site.name}"\npublisher: ${site.name}\npublished: 2026-01-10\n---\n${text}\n`,
  );
  site.claims.forEach((claim, index) => {
    writeFileSync(
      join(content, "claims", `${claim.id}.md`),
      `---\nclaim: "${claim.claim}"\nverdict: ${claim.verdict}\nsummary: "What the report says."\npublished: 2026-01-${String(12 + index).padStart(2, "0")}\ncitations:\n  - id: report\n    source: report\n    quote: "${claim.quote}"\n---\nThe report says so [@report].\n`,
    );
  });
  return content;
}

/** Runs `npm run build` of `content` into `out`, allowing partners on this machine; rejects with its output. */
export async function buildSite(content: string, out: string): Promise<void> {
  await buildFixtureSite({ content, outDir: out, searchIndex: "after", allowPrivateNetwork: true });
}

/** A server on 127.0.0.1 whose folder is given later (its port goes into the site's settings first). */
export interface HeadersServer {
  origin: string;
  /** Serves `folder` from now on. */
  serve(folder: string): void;
  close(): Promise<void>;
}

/** Starts a server for a site at the root of its origin that applies the site's `_headers`. */
export async function headersServer(): Promise<HeadersServer> {
  let folder: string | undefined;
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (!folder) {
      response.writeHead(503).end();
      return;
    }
    const file = fileOf(folder, path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    for (const [name, value] of headersFor(folder, path)) response.setHeader(name, value);
    response.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (dir) => {
      folder = dir;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The headers that the `_headers` file of `folder` gives `path` (`*` matches anything). */
function headersFor(folder: string, path: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  let applies = false;
  for (const line of readFileSync(join(folder, "_headers"), "utf8").split("\n")) {
    if (line.trim() === "") continue;
    if (!line.startsWith(" ")) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      applies = new RegExp(`^${pattern}$`).test(path);
    } else if (applies) {
      const colon = line.indexOf(":");
      found.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return found;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
};

/** The file `path` names in `folder` (a folder's index.html), or undefined. */
function fileOf(folder: string, path: string): string | undefined {
  const candidate = normalize(join(folder, path));
  if (candidate !== folder && !candidate.startsWith(`${folder}${sep}`)) return undefined;
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isFile()) return candidate;
  const index = join(candidate, "index.html");
  return existsSync(index) ? index : undefined;
}
