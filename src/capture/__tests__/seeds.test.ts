/**
 * The fixture site's two sources (the example's, once) were archived by hand from the plain-text
 * copies now kept as their captures. Imported with the command, each copy
 * gives the same text, block for block, except for the page furniture that
 * the example left out by hand, listed here.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { fixtureFile } from "../../../test/support/fixture-site.ts";
import { openContentFile } from "../../core/content/content-file.ts";
import { parseMarkdown } from "../../core/content/markdown.ts";
import { visibleText } from "../../core/quote/passages.ts";
import { contentFolder } from "./content-folder.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** The reader-visible blocks of a source file's body. */
function blocks(path: string): string[] {
  const file = openContentFile(readFileSync(path, "utf8"), path);
  if (!("body" in file)) throw new Error(file.reason);
  const { text, blocks } = visibleText(parseMarkdown(file.body), file.body);
  return blocks.map((block) => text.slice(block.start, block.end));
}

const seeds = [
  {
    id: "durain-legion-honneur",
    furniture: ["Suivez la couverture complète", "La France en proie au narcotrafic"],
  },
  {
    id: "kessaci-association-nationale",
    furniture: [
      "Amine Kessaci, militant anti-narcotrafic, prêt à se mobiliser pour une campagne législative",
      "Amine Kessaci, militant anti-narcotrafic, prêt à se mobiliser pour une campagne législative",
      "09.02.2026 11:57\n2 min de lecture",
      "Laisser un commentaire",
      "Your email address will not be published.",
      "Dernières nouvelles",
      "À NE PAS MANQUER",
    ],
  },
];

let folder: ReturnType<typeof contentFolder> | undefined;
afterEach(() => folder?.remove());

describe("npm run import on the fixture's captures", () => {
  it.each(seeds)(
    "gives the text of $id, less the furniture left out by hand",
    ({ id, furniture }) => {
      folder = contentFolder();
      const run = spawnSync(
        process.execPath,
        [
          "src/cli/import.ts",
          fixtureFile(`captures/${id}.txt`),
          "--id",
          id,
          "--content",
          folder.dir,
        ],
        { cwd: root, encoding: "utf8" },
      );
      expect(run.stderr).toBe("");
      const imported = blocks(join(folder.dir, "sources", `${id}.md`));
      const example = blocks(fixtureFile(`sources/${id}.md`));
      const left = imported.filter((block) => !example.includes(block));
      expect(left).toEqual(furniture);
      expect(imported.filter((block) => example.includes(block))).toEqual(example);
    },
  );
});
