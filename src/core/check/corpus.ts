/**
 * The whole content of a site, loaded and cross-checked: settings, sources,
 * claims, and every problem found on the way. The check prints the problems;
 * the site is built only from a corpus that has no error.
 */
import { type CheckOptions, ContentSession, type Corpus } from "./session.ts";

/** Loads and checks the content folder `dir` (one full load of a {@link ContentSession}); paths are printed relative to `cwd`. */
export function loadCorpus(
  dir: string,
  cwd: string = process.cwd(),
  options: CheckOptions = {},
): Corpus {
  const session = new ContentSession(dir, cwd, options);
  session.reload();
  return session.corpus();
}
