/**
 * Pages of four shapes a fact-checker cites (a news article with a table, a
 * correction, a figure, a quotation and an embedded post; a government report
 * with headings, a definition list and details; a blog post with code and a
 * struck-out quotation; a wiki article with an infobox and references), each
 * written for this test: imported, the text is what a reader sees (expected
 * `<name>.md`), its furniture left out, and quotes of a table cell and a
 * block quote pass the check.
 */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { checkContent } from "../../core/check/check-parallel.ts";
import { importSource } from "../import-source.ts";
import { contentFolder, localToday } from "./content-folder.ts";

const fixture = (file: string) => new URL(`./fixtures/corpus/${file}`, import.meta.url).pathname;

let folder: ReturnType<typeof contentFolder> | undefined;
afterEach(() => folder?.remove());

const shapes = [
  {
    name: "news",
    furniture: [
      "Faits divers",
      "12.02.2026 07:30",
      "3 min de lecture",
      "Publicité",
      "À lire aussi",
    ],
    quotes: [
      "La hausse tient surtout à deux saisies portuaires réalisées au printemps.",
      "Ces chiffres disent l’ampleur du trafic autant que l’efficacité des services.",
      "Saisir plus, c’est bien. Prévenir, c’est mieux.",
      "la surface des entrepôts fouillés dépasse 10⁴ m²",
      "Le port de Marseille, où ont eu lieu les deux plus grosses saisies.",
    ],
  },
  {
    name: "report",
    furniture: [],
    quotes: [
      "Personne, souvent mineure, chargée de signaler l’arrivée des forces de l’ordre.",
      "Recommandation adoptée à l’unanimité des membres présents.",
    ],
  },
  {
    name: "blog",
    furniture: ["Publié le 20 janvier 2026", "6 min de lecture", "Partager", "commentaires"],
    quotes: ["« on court » « on attend, puis on court »", "Filatures : 31 jours"],
  },
  {
    name: "wiki",
    furniture: ["modifier", "encyclopédie libre"],
    quotes: ["Adoption 29 avril 2025", "la création du PNACO"],
  },
];

describe("importSource on articles of every shape", () => {
  it.each(shapes)(
    "imports the $name page as a reader sees it",
    async ({ name, furniture, quotes }) => {
      folder = contentFolder();
      const imported = await importSource(fixture(`${name}.html`), {
        content: folder.dir,
        id: name,
        today: localToday(),
        fetch: { timeoutMs: 1000, userAgent: "test" },
      });
      const text = readFileSync(imported.sourcePath, "utf8");
      const body = text.slice(text.indexOf("\n---\n") + 5);
      expect(body).toBe(readFileSync(fixture(`${name}.md`), "utf8"));
      for (const left of furniture) expect(body).not.toContain(left);
      folder.claim("verifiee", name, localToday(), quotes);
      const { diagnostics } = await checkContent(folder.dir);
      expect(diagnostics.filter((d) => d.file.includes("claims"))).toEqual([]);
    },
  );
});
