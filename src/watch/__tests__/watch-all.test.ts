import { readFileSync, writeFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
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
  "/refuse-les-robots": (response: ServerResponse) => {
    response.writeHead(999);
    response.end();
  },
  "/muet": () => {
    // Never answers: not even the headers.
  },
};

let server: LocalServer;
let folder: ReturnType<typeof contentFolder>;
let target: (path: string, capture?: boolean) => WatchTarget;
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
  // The editor removes what they take for furniture: the heading, and a sentence of the last paragraph.
  const file = join(folder.dir, "sources", "entretien.md");
  writeFileSync(
    file,
    readFileSync(file, "utf8")
      .replace(/^## .*\n\n/m, "")
      .replace(" Il reste pour l’heure engagé dans la campagne municipale marseillaise.", ""),
  );
  const corpus = loadCorpus(folder.dir);
  const source = corpus.sources.get("entretien");
  if (!source) throw new Error(JSON.stringify(corpus.diagnostics));
  target = (path, capture = true) => ({
    id: path.slice(1),
    url: `${server.origin}${path}`,
    text: source.text,
    citations: [
      { claim: "pret", citation: "q1", quote: QUOTE },
      { claim: "pret", citation: "q2", quote: INVITE },
    ],
    capture: capture ? join(folder.dir, "captures", "entretien.html") : undefined,
  });
}, 60_000);

afterAll(async () => {
  await server.close();
  folder.remove();
});

const PACE = {
  concurrency: 4,
  perHost: 1,
  hostGapMs: 0,
  deadline: Number.POSITIVE_INFINITY,
  timeoutMs: 1500,
  maxBytes: 1024 * 1024,
  userAgent: "Citable (+https://verif.example/; test)",
  // The server is on 127.0.0.1: the one case a watch may read the private network.
  allowPrivateNetwork: true,
};

describe("watchAll", () => {
  it("gives each original its state, its status and the quotes it lost, one request at a time to a site", async () => {
    const { results, skipped } = await watchAll(
      [
        "/inchange",
        "/reformate",
        "/complete",
        "/corrige",
        "/ancienne",
        "/supprime",
        "/retire",
        "/refuse-les-robots",
        "/muet",
      ].map((path) => target(path)),
      PACE,
    );
    const states = Object.fromEntries(
      results.map(({ id, entry }) => [id, [entry.state, entry.status, entry.to ?? entry.reason]]),
    );
    expect(skipped).toEqual([]);
    expect(states).toEqual({
      inchange: ["unchanged", 200, undefined],
      reformate: ["unchanged", 200, undefined],
      complete: ["changed-quotes-present", 200, undefined],
      corrige: ["changed-quotes-gone", 200, undefined],
      ancienne: ["moved", 200, `${server.origin}/nouvelle-adresse`],
      supprime: ["gone", 404, undefined],
      retire: ["gone", 410, undefined],
      "refuse-les-robots": [
        "unreachable",
        undefined,
        `${server.origin}/refuse-les-robots answered with 999, which is not an HTTP status (100 to 599): the site refuses automated readers or is broken.`,
      ],
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
    expect(mostInFlight).toBe(1);
    for (const { entry } of results)
      expect(entry.checked).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  }, 60_000);

  it("records what changed near a cited passage: the old words and the new", async () => {
    const { results } = await watchAll([target("/corrige"), target("/complete")], PACE);
    expect(results.map(({ entry }) => entry.changes)).toEqual([
      [
        {
          old: "dans une prochaine campagne.",
          new: "le moment venu.",
          before: "je serai prêt à le faire",
          after: "» Âgé de 22 ans, Amine",
          near: ["pret/q1"],
        },
      ],
      [
        {
          old: "",
          new: "Mise à jour : l’entretien a été rediffusé le soir même.",
          before: "faire dans une prochaine campagne. »",
          after: "Âgé de 22 ans, Amine Kessaci",
          near: ["pret/q1"],
        },
      ],
    ]);
  }, 60_000);

  it("calls unchanged a page whose archived copy lost its furniture, with or without its capture", async () => {
    const { results } = await watchAll(
      [target("/inchange"), { ...target("/reformate", false) }],
      PACE,
    );
    expect(results.map(({ entry }) => [entry.state, entry.changes])).toEqual([
      ["unchanged", undefined],
      ["unchanged", undefined],
    ]);
  }, 60_000);

  it("starts no check once the deadline has passed: the sources left are named", async () => {
    const run = await watchAll([target("/inchange"), target("/retire")], {
      ...PACE,
      deadline: Date.now() - 1,
    });
    expect(run).toEqual({ results: [], skipped: ["inchange", "retire"] });
  });
});
