/** The check's fixture content, checked, and the options of a build under /base/, for the site modules' tests. */
import { fileURLToPath } from "node:url";
import { loadCorpus } from "../../check/corpus.ts";
import type { Corpus } from "../../check/session.ts";
import type { BuildOptions } from "../view-model.ts";

const FIXTURE = fileURLToPath(new URL("../../check/__tests__/fixtures/content", import.meta.url));

/** The fixture's corpus: one claim (`exemple`, two citations) and one source (`journal`). */
export function fixtureCorpus(dir = FIXTURE): Corpus {
  return loadCorpus(dir, dir);
}

/** A build in French with links under /base/. */
export const options: BuildOptions = {
  lang: "fr",
  href: (path) => `/base/${path}`,
  citedBy: (count) => `Cité par ${count}`,
  notesLabel: "Vérifications qui citent ce passage",
  citationLabel: (n) => `Citation ${n}`,
};

/** The fixture's folder. */
export const fixtureFolder = FIXTURE;
