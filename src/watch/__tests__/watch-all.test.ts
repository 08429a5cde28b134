import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, localServer } from "../../../test/support/local-server.ts";
import { contentFolder, localToday } from "../../capture/__tests__/content-folder.ts";
import { importSource } from "../../capture/import-source.ts";
import { loadCorpus } from "../../core/check/corpus.ts";
import { watchAll } from "../watch-all.ts";
import type { WatchTarget } from "../watch-source.ts";

const ARTICLE = readFileSync(
  new URL("../../capture/__tests__/fixtures/association-nationale/page.html", import.meta.url),
  "utf8",
);
const QUOTE =
  "Si on me demande de me mobiliser, je serai prêt à le faire dans une prochaine campagne";
const INVITE = "était l’invité du « 8h30 »";

const html = (text: string) => (response: ServerResponse) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  response.end(text);
};

const PAGES = {
  "/inchange": html(ARTICLE),
  // The same text in other markup: wrappers, classes, line breaks inside paragraphs.
  "/reformate": html(
    ARTICLE.replace(
      '<div class="entry-content">',
      '<div class="entry-content"><section class="v2">',
    )
      .replace('</div>\n<div class="tags">', '</section></div>\n<div class="tags">')
      .replaceAll("<p>", '<p class="paragraphe">\n      ')
      .replaceAll(". Il ", ".\n      Il "),
  ),
  "/complete": html(
    ARTICLE.replace(
      "<p>Âgé de 22 ans",
      "<p>Mise à jour : l’entretien a été rediffusé le soir même.</p>\n<p>Âgé de 22 ans",
    ),
  ),
  "/corrige": html(
    ARTICLE.replace(
      "je serai prêt à le faire dans une prochaine campagne",
      "je serai prêt à le faire le moment venu",
    ),
  ),
  "/ancienne": (response: ServerResponse) => {
    response.writeHead(301, { location: "/nouvelle-adresse" });
    response.end();
  },
  "/nouvelle-adresse": html(ARTICLE),
  "/supprime": (response: ServerResponse) => {
    response.writeHead(404, { "content-type": "text/html" });
    response.end("<h1>Introuvable</h1>");
  },
  "/retire": (response: ServerResponse) => {
    response.writeHead(410);
    response.end();
  },
  "/muet": () => {
    // Never answers: not even the headers.
  },
};

let server: LocalServer;
let folder: ReturnType<typeof contentFolder>;
let target: (path: string) => WatchTarget;
let inFlight = 0;
let mostInFlight = 0;

beforeAll(async () => {
  const routes = Object.fromEntries(
    Object.entries(PAGES).map(([path, answer]) => [
      path,
      (response: ServerResponse) => {
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        response.on("close", () => inFlight--);
        answer(response);
      },
    ]),
  );
  server = await localServer(routes);
  folder = contentFolder();
  await importSource(
    new URL("../../capture/__tests__/fixtures/association-nationale/page.html", import.meta.url)
      .pathname,
    {
      content: folder.dir,
      id: "entretien",
      today: localToday(),
      fetch: { timeoutMs: 1000, userAgent: "test" },
    },
  );
  folder.claim("pret", "entretien", "2026-02-10", [QUOTE, INVITE]);
  const corpus = loadCorpus(folder.dir);
  const source = corpus.sources.get("entretien");
  if (!source) throw new Error(JSON.stringify(corpus.diagnostics));
  target = (path) => ({
    id: path.slice(1),
    url: `${server.origin}${path}`,
    text: source.text,
    citations: [
      { claim: "pret", citation: "q1", quote: QUOTE },
      { claim: "pret", citation: "q2", quote: INVITE },
    ],
  });
}, 60_000);

afterAll(async () => {
  await server.close();
  folder.remove();
});

describe("watchAll", () => {
  it("gives each original its state, its status and the quotes it lost, one request at a time to a site", async () => {
    const started = performance.now();
    const results = await watchAll(
      [
        "/inchange",
        "/reformate",
        "/complete",
        "/corrige",
        "/ancienne",
        "/supprime",
        "/retire",
        "/muet",
      ].map(target),
      {
        concurrency: 4,
        timeoutMs: 1500,
        maxBytes: 1024 * 1024,
        userAgent: "Citable (+https://verif.example/; test)",
      },
    );
    const elapsed = performance.now() - started;
    const states = Object.fromEntries(
      results.map(({ id, entry }) => [id, [entry.state, entry.status, entry.to ?? entry.reason]]),
    );
    expect(states).toEqual({
      inchange: ["unchanged", 200, undefined],
      reformate: ["unchanged", 200, undefined],
      complete: ["changed-quotes-present", 200, undefined],
      corrige: ["changed-quotes-gone", 200, undefined],
      ancienne: ["moved", 200, `${server.origin}/nouvelle-adresse`],
      supprime: ["gone", 404, undefined],
      retire: ["gone", 410, undefined],
      muet: [
        "unreachable",
        undefined,
        `${server.origin}/muet did not answer in full within 1.5 s.`,
      ],
    });
    expect(results.find((result) => result.id === "corrige")?.entry.gone).toEqual([
      {
        claim: "pret",
        citation: "q1",
        quote: QUOTE,
        closest: {
          text: "Si on me demande de me mobiliser, je serai prêt à le faire le moment ve",
          similarity: 0.76,
        },
      },
    ]);
    const silent = results.find((result) => result.id === "muet");
    expect(silent?.elapsedMs).toBeGreaterThanOrEqual(1400);
    expect(silent?.elapsedMs).toBeLessThan(3000);
    expect(mostInFlight).toBe(1);
    expect(elapsed).toBeLessThan(20_000);
    for (const { entry } of results)
      expect(entry.checked).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  }, 60_000);
});
