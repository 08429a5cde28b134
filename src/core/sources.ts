/** Loading one source: its front matter checked, its Markdown parsed, its text made searchable. */
import type { Root } from "mdast";
import type { ContentFile } from "./content-file.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { type Searchable, searchable } from "./locate.ts";
import { parseMarkdown, visibleText } from "./passages.ts";
import { type SourceData, sourceSchema } from "./schema/source.ts";
import { schemaDiagnostics } from "./schema-issues.ts";

/** A checked source, ready to be cited and rendered. */
export interface Source {
  /** The id: the file name without `.md`. */
  id: string;
  /** The file it was read from. */
  file: ContentFile;
  /** Its checked front matter. */
  data: SourceData;
  /** The body's Markdown tree; positions count from the start of the body. */
  tree: Root;
  /** The reader-visible text, mapped to file offsets, for quote location. */
  text: Searchable;
}

/** What loading a source yields. */
export interface LoadedSource {
  /** The source, when its front matter is valid. */
  source: Source | undefined;
  /** Its searchable text, even when its front matter is not, so that quotes are still checked. */
  text: Searchable;
  /** The problems of its front matter. */
  diagnostics: Diagnostic[];
}

/** Checks and prepares a source file. */
export function loadSource(id: string, file: ContentFile): LoadedSource {
  const tree = parseMarkdown(file.body);
  const text = searchable(visibleText(tree, file.body, file.bodyOffset));
  const parsed = sourceSchema.safeParse(file.data, { reportInput: true });
  if (!parsed.success) {
    const context = { file: file.path, position: file.field };
    const diagnostics = schemaDiagnostics(parsed.error.issues, sourceSchema, context);
    return { source: undefined, text, diagnostics };
  }
  return { source: { id, file, data: parsed.data, tree, text }, text, diagnostics: [] };
}
