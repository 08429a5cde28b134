/**
 * `npm run new -- pages`: writes the transparency pages a fact-checker owes its
 * readers (who we are, contact and error reports, corrections policy, funding,
 * how claims are chosen, the legal notice) into content/pages/, in the site's language, from the
 * templates in src/cli/templates/pages/. A page that exists is kept.
 */
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TEMPLATES = fileURLToPath(new URL("./templates/pages/", import.meta.url));

/** Copies the page templates of `lang` into `content`/pages; returns the lines to print. */
export function writePageTemplates(content: string, lang: "fr" | "en"): string[] {
  const folder = join(content, "pages");
  mkdirSync(folder, { recursive: true });
  const lines: string[] = [];
  for (const name of readdirSync(join(TEMPLATES, lang)).sort()) {
    const file = join(folder, name);
    const shown = relative(process.cwd(), file).split(sep).join("/");
    try {
      // COPYFILE_EXCL: never overwrite a page the site already has.
      copyFileSync(join(TEMPLATES, lang, name), file, 1);
      lines.push(`Wrote ${shown}.`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      lines.push(`Kept ${shown}, which already exists.`);
    }
  }
  lines.push(
    "Next: replace the lines that ask for your own details (team, address, funding), then run npm run check.",
  );
  return lines;
}
