/**
 * The site's own pages, content/pages/*.md: front matter checked against the
 * page schema, the Markdown body checked as a claim's reasoning is (no raw
 * HTML, safe and honest links), and ids that would take an address of the
 * site refused.
 */
import { join } from "node:path";
import type { Root } from "mdast";
import { type Diagnostic, diagnostic, hasErrors } from "../diagnostics/diagnostic.ts";
import { Rule } from "../diagnostics/rules.ts";
import { type PageData, pageSchema } from "../schema/page.ts";
import { checkBody } from "./body.ts";
import type { ContentFile } from "./content-file.ts";
import { listMarkdown, open } from "./content-listing.ts";
import { schemaDiagnostics } from "./schema-issues.ts";

/** A checked page. */
export interface SitePage {
  /** The file name without `.md`: the page's address, `/<id>/`. */
  id: string;
  file: ContentFile;
  data: PageData;
  tree: Root;
}

/**
 * The folders and files of the built site: a page with one of these ids would
 * replace them. Every top-level route of src/pages is here (a test holds it
 * so), with what the build adds beside them; but `methodology`, whose page
 * shows content/pages/methodology.md under the rating scale, and
 * `corrections`, whose folder holds only the log (`/corrections/log/`), under
 * the corrections policy that content/pages/corrections.md serves at
 * `/corrections/`.
 */
export const RESERVED_PAGE_IDS = new Set([
  "claims",
  "sources",
  "tags",
  "verdicts",
  "claimants",
  "search",
  "captures",
  "export",
  "cards",
  "page",
  "claimreview",
  "pagefind",
  "scripts",
  "schemas",
  "404",
]);

/** Loads and checks every page of `contentDir`/pages; a site without the folder has none. */
export function loadPages(
  contentDir: string,
  display: (absolute: string) => string,
): { pages: SitePage[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const pages: SitePage[] = [];
  for (const entry of listMarkdown(join(contentDir, "pages"), display, diagnostics)) {
    const found: Diagnostic[] = [];
    const file = open(entry.absolute, entry.path, found);
    if (file) {
      if (RESERVED_PAGE_IDS.has(entry.id)) found.push(reserved(entry.id, entry.path));
      const body = checkBody(file, true);
      found.push(...body.diagnostics);
      const parsed = pageSchema.safeParse(file.data, { reportInput: true });
      if (!parsed.success) {
        const context = { file: file.path, position: file.field };
        found.push(...schemaDiagnostics(parsed.error.issues, pageSchema, context));
      }
      if (parsed.success && body.tree && !hasErrors(found))
        pages.push({ id: entry.id, file, data: parsed.data, tree: body.tree });
    }
    diagnostics.push(...found);
  }
  return { pages, diagnostics };
}

function reserved(id: string, path: string): Diagnostic {
  return diagnostic({
    file: path,
    line: 1,
    column: 1,
    rule: Rule.reservedPage,
    reason: `The page "${id}" would be served at /${id}/, where the site already has its own pages. Rename the file, for instance to "${id}-page.md".`,
  });
}
