/** A content folder for the import tests: the fixture site's settings, no source or claim yet. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureFile } from "../../../test/support/fixture-site.ts";

/** A fresh content folder with site.yaml and ratings.yaml, and a way to add a claim and remove it all. */
export function contentFolder() {
  const dir = mkdtempSync(join(tmpdir(), "citable-import-"));
  for (const name of ["site.yaml", "ratings.yaml"])
    copyFileSync(fixtureFile(name), join(dir, name));
  mkdirSync(join(dir, "claims"));
  mkdirSync(join(dir, "sources"));
  return {
    dir,
    /**
     * Writes a claim citing `source` with each of `quotes`, published on
     * `published` and updated today: the day its quotes were checked against
     * the copy the test has just imported.
     */
    claim(id: string, source: string, published: string, quotes: readonly string[]): void {
      const citations = quotes
        .map(
          (quote, i) =>
            `  - id: q${i + 1}\n    source: ${source}\n    quote: ${JSON.stringify(quote)}`,
        )
        .join("\n");
      const refs = quotes.map((_, i) => `[@q${i + 1}]`).join(" ");
      writeFileSync(
        join(dir, "claims", `${id}.md`),
        `---\nclaim: "Une affirmation vérifiée contre la source importée."\nverdict: vrai\nsummary: "La source le dit."\npublished: ${published}\nupdated: ${localToday()}\ncitations:\n${citations}\n---\nLa source le dit ${refs}.\n`,
      );
    },
    remove(): void {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Today in local time, `YYYY-MM-DD`, as the import writes it. */
export function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
