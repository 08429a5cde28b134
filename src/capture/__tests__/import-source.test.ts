import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findChromium } from "../../../test/support/chromium.ts";
import { type LocalServer, localServer } from "../../../test/support/local-server.ts";
import { checkContent } from "../../core/check/check-parallel.ts";
import { CaptureError } from "../errors.ts";
import { importSource } from "../import-source.ts";
import { contentFolder, localToday } from "./content-folder.ts";
import { printPdf } from "./pdf-files.ts";

const fixture = (name: string, file: string) =>
  new URL(`./fixtures/${name}/${file}`, import.meta.url).pathname;
const NBSP = "\u00A0";
const NNBSP = "\u202F";

/** The source file expected for a fixture, with today's date and the capture's hash filled in. */
function expected(name: string, today: string): string {
  const sha = createHash("sha256")
    .update(readFileSync(fixture(name, "page.html")))
    .digest("hex");
  return readFileSync(fixture(name, "source.md"), "utf8")
    .replaceAll("TODAY", today)
    .replace("SHA256", sha);
}

let folder: ReturnType<typeof contentFolder> | undefined;
afterEach(() => folder?.remove());

const pages = [
  {
    name: "legion-honneur",
    what: "a page with a post in mathematical bold letters, its furniture and a JSON-LD graph",
    claimPublished: "2025-11-24",
    quotes: [
      "𝐈𝐥 𝐟𝐚𝐮𝐭 𝐮𝐧 𝐬𝐮𝐫𝐬𝐚𝐮𝐭. J’ai écrit au président 𝐩𝐨𝐮𝐫 𝐥𝐮𝐢 𝐩𝐫𝐨𝐩𝐨𝐬𝐞𝐫 𝐝𝐞 𝐝𝐞́𝐜𝐨𝐫𝐞𝐫 𝐀𝐦𝐢𝐧𝐞 𝐊𝐞𝐬𝐬𝐚𝐜𝐢.",
      "Il faut un sursaut. J'ai écrit au président pour lui proposer de décorer Amine Kessaci",
      "les enquêteurs privilégient la piste d’un « crime d’avertissement »",
      // As copied from the page: the marks a browser draws around <q> are not copied.
      "Il ajoute que la décoration deviendrait un talisman pour le jeune homme.",
    ],
    missing: [],
  },
  {
    name: "association-nationale",
    what: "a page with no-break spaces inside guillemets, a newsletter pop-up, comments and latest news",
    claimPublished: "2026-02-10",
    quotes: [
      `«${NBSP}Si on me demande de me mobiliser, je serai prêt à le faire dans une prochaine campagne.${NBSP}»`,
      `face au phénomène${NNBSP}: «${NBSP}Personne ne les a préparées`,
      "était l’invité du « 8h30 »",
    ],
    missing: [],
  },
  {
    name: "rassemblement",
    what: "a SingleFile page with a list, a block quote, unsafe and misleading links, and no author",
    claimPublished: "2025-11-23",
    quotes: [
      `«${NBSP}Mon frère avait 20 ans, il n’avait rien fait. Je ne me tairai pas.${NBSP}»`,
      `#JusticePourMehdi${NBSP}: le mot d’ordre`,
      "un t-shirt floqué d’un simple *20 ans*, l’âge de la victime",
    ],
    missing: [],
  },
];

describe("importSource", () => {
  it.each(pages)("imports $what", async ({ name, claimPublished, quotes, missing }) => {
    folder = contentFolder();
    const today = localToday();
    const imported = await importSource(fixture(name, "page.html"), {
      content: folder.dir,
      id: name,
      today,
      fetch: { timeoutMs: 1000, userAgent: "test" },
    });
    expect(imported.missing).toEqual(missing);
    expect(readFileSync(imported.sourcePath, "utf8")).toBe(expected(name, today));
    expect(readFileSync(imported.capturePath)).toEqual(readFileSync(fixture(name, "page.html")));
    folder.claim("verifiee", name, claimPublished, quotes);
    const result = await checkContent(folder.dir);
    expect(result.diagnostics).toEqual([]);
  });

  it("never overwrites a source or a capture", async () => {
    folder = contentFolder();
    const options = {
      content: folder.dir,
      id: "page",
      today: localToday(),
      fetch: { timeoutMs: 1000, userAgent: "test" },
    };
    await importSource(fixture("rassemblement", "page.html"), options);
    await expect(importSource(fixture("legion-honneur", "page.html"), options)).rejects.toThrow(
      new CaptureError(
        `${join(folder.dir, "sources", "page.md")} already exists, and an import never overwrites a file. Choose another id with --id.`,
      ),
    );
  });

  it("says what to give when the input is missing", async () => {
    folder = contentFolder();
    await expect(
      importSource("/nowhere/page.html", {
        content: folder.dir,
        today: localToday(),
        fetch: { timeoutMs: 1000, userAgent: "test" },
      }),
    ).rejects.toThrow(
      "There is no file at /nowhere/page.html. Give the path of a saved page, a PDF or a text file, or an http(s) address.",
    );
  });
});

describe("importSource from an address", () => {
  let server: LocalServer | undefined;
  afterEach(() => server?.close());

  it("records the final address after redirects, and the addresses it came through", async () => {
    server = await localServer();
    folder = contentFolder();
    const imported = await importSource(`${server.origin}/ancienne-adresse`, {
      content: folder.dir,
      id: "entretien",
      today: localToday(),
      fetch: {
        timeoutMs: 2000,
        userAgent: "Citable (+https://verif.example/; test)",
        allowPrivateNetwork: true,
      },
    });
    const text = readFileSync(imported.sourcePath, "utf8");
    expect(text).toContain(
      `# url: "${server.origin}/article" is on a private network (loopback, this machine), which the check refuses here; write the document's public address if it has one.\n# Redirected from:\n#   ${server.origin}/ancienne-adresse\n#   ${server.origin}/2026/relais\n`,
    );
    expect(text.slice(text.indexOf("\n---\n"))).toBe(
      expected("association-nationale", localToday()).slice(
        expected("association-nationale", localToday()).indexOf("\n---\n"),
      ),
    );
    folder.claim("verifiee", "entretien", "2026-02-10", [pages[1]?.quotes[0] ?? ""]);
    expect((await checkContent(folder.dir)).diagnostics).toEqual([]);
  });

  it("stops at the timeout on a page that never ends, and writes nothing", async () => {
    server = await localServer();
    folder = contentFolder();
    await expect(
      importSource(`${server.origin}/sans-fin`, {
        content: folder.dir,
        today: localToday(),
        fetch: { timeoutMs: 800, userAgent: "test", allowPrivateNetwork: true },
      }),
    ).rejects.toThrow(
      `${server.origin}/sans-fin did not answer in full within 0.8 s. Nothing was written.`,
    );
    expect(readdirSync(join(folder.dir, "sources"))).toEqual([]);
  });

  it("says which status a missing page answered", async () => {
    server = await localServer();
    folder = contentFolder();
    await expect(
      importSource(`${server.origin}/absent`, {
        content: folder.dir,
        today: localToday(),
        fetch: { timeoutMs: 800, userAgent: "test", allowPrivateNetwork: true },
      }),
    ).rejects.toThrow(
      `${server.origin}/absent answered with HTTP status 404, not a page. Check the address, or save the page from your browser and import the file.`,
    );
  });
});

describe("importSource from a PDF or a plain text", () => {
  const chromium = findChromium();

  it.skipIf(!chromium)(
    "imports a report printed to PDF, page by page",
    async () => {
      folder = contentFolder();
      const html = readFileSync(fixture("rapport", "report.html"), "utf8");
      const pdf = join(folder.dir, "rapport.pdf");
      writeFileSync(pdf, await printPdf(chromium as string, html));
      const imported = await importSource(pdf, {
        content: folder.dir,
        today: localToday(),
        fetch: { timeoutMs: 1000, userAgent: "test" },
      });
      expect(imported).toMatchObject({
        id: "rapport-sur-la-lutte-contre-le",
        kind: "pdf",
        missing: ["publisher", "published"],
      });
      const text = readFileSync(imported.sourcePath, "utf8");
      expect(text.slice(text.indexOf("\n---\n") + 5)).toBe(
        readFileSync(fixture("rapport", "expected.md"), "utf8"),
      );
      folder.claim("verifiee", imported.id, localToday(), [
        "et le gouvernement n’avait rien annoncé avant l’été",
      ]);
      const { diagnostics } = await checkContent(folder.dir);
      expect(diagnostics.map((d) => `${d.line} ${d.rule} ${d.reason}`)).toEqual([
        '6 invalid-field The field "publisher" must be a text, but it is empty.',
        '8 invalid-field The field "published" must be a date in the form YYYY-MM-DD, such as 2026-02-09, but it is empty.',
      ]);
    },
    60_000,
  );

  it("imports a Chromium-printed PDF so that a whole word and a paragraph across a page can be quoted", async () => {
    folder = contentFolder();
    const imported = await importSource(fixture("rapport-imprime", "report.pdf"), {
      content: folder.dir,
      id: "rapport-annuel",
      today: localToday(),
      fetch: { timeoutMs: 1000, userAgent: "test" },
    });
    const text = readFileSync(imported.sourcePath, "utf8");
    expect(text).toContain(
      "  # The line of the text below on which each page of the PDF starts, page 1 first.\n  pages: [1, 10, 14]\n---\n",
    );
    writeFileSync(
      imported.sourcePath,
      text
        .replace("publisher:", 'publisher: "Mission"')
        .replace("published:", "published: 2026-01-15"),
    );
    folder.claim("verifiee", "rapport-annuel", localToday(), [
      "Les élus saluent un programme utile",
      "Dans les communes visitées, la mission a rencontré des maires, des gendarmes, des enseignants et des parents d’élèves qui décrivent tous la même inquiétude devant l’arrivée de points de vente dans des villages où rien de tel n’existait auparavant, et qui demandent que l’État tienne enfin les engagements pris devant eux lors des assises de la ruralité de l’an dernier.",
    ]);
    expect((await checkContent(folder.dir)).diagnostics).toEqual([]);
  });

  it("imports a plain text, its paragraphs from blank lines and its characters escaped only where Markdown would read them", async () => {
    folder = contentFolder();
    const imported = await importSource(fixture("communique", "copy.txt"), {
      content: folder.dir,
      id: "communique",
      today: localToday(),
      fetch: { timeoutMs: 1000, userAgent: "test" },
    });
    const text = readFileSync(imported.sourcePath, "utf8");
    expect(text.slice(text.indexOf("\n---\n") + 5)).toBe(
      readFileSync(fixture("communique", "expected.md"), "utf8"),
    );
    expect(imported.missing).toEqual(["title", "publisher", "published"]);
    folder.claim("verifiee", "communique", localToday(), [
      "«\u00A0Nous ne lâcherons rien\u00A0», a déclaré son président",
      "en indiquant *urgent* si besoin",
    ]);
    const { diagnostics } = await checkContent(folder.dir);
    // Only the fields a plain text cannot give: both quotes stand in it.
    expect(diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual([
      "4 invalid-field",
      "6 invalid-field",
      "8 invalid-field",
    ]);
  });
});
