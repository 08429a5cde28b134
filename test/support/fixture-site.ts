/**
 * The engine's own test site, `test/fixtures/site/`: a copy of the example
 * content as it stood when the tests stopped reading `content/`. The tests
 * read this folder (or smaller ones of their own), never `content/`, which
 * belongs to whoever runs the site: replacing it must leave `npm test` green.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The fixture site's content folder (what `content/` is to a site), with a trailing `/`. */
export const FIXTURE_SITE = fileURLToPath(new URL("../fixtures/site/", import.meta.url));

/** The path of `relative` (such as `sources/x.md`) inside the fixture site. */
export function fixtureFile(relative: string): string {
  return join(FIXTURE_SITE, relative);
}
