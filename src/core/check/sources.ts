/** Loading one source: its front matter checked, its Markdown parsed, its text made searchable. */
import type { Root } from "mdast";
import { checkBody } from "../content/body.ts";
import { captureDiagnostics } from "../content/capture-hash.ts";
import type { ContentFile } from "../content/content-file.ts";
import { dateDiagnostics, today } from "../content/dates.ts";
import { schemaDiagnostics } from "../content/schema-issues.ts";
import { type Diagnostic, hasErrors } from "../diagnostics/diagnostic.ts";
import { visibleText } from "../quote/passages.ts";
import { type Searchable, searchable } from "../quote/searchable.ts";
import { type SourceData, sourceSchema } from "../schema/source.ts";

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
  /** The source, when it has no error. */
  source: Source | undefined;
  /**
   * Its searchable text, even when it has errors in its front matter, so that
   * quotes are still checked (empty when its body could not be parsed).
   */
  text: Searchable;
  /**
   * Whether its body could be read: false when it was refused before parsing
   * (markdown-limit), and quotes cannot be checked against it.
   */
  readable: boolean;
  /** The problems of its front matter and body. */
  diagnostics: Diagnostic[];
}

/** What a source is checked against. */
export interface SourceOptions {
  /** Today, `YYYY-MM-DD`: later dates are refused. Default: today in UTC. */
  today?: string | undefined;
  /** The content folder, where `capture.file` is read; without it the capture is not verified. */
  contentDir?: string | undefined;
}

// Fresh arrays each time: the check's worker transfers them.
const nothing = (): Searchable =>
  searchable({ text: "", offsets: new Int32Array(0), offsetEnds: new Int32Array(0), blocks: [] });

/** Checks and prepares a source file. */
export function loadSource(
  id: string,
  file: ContentFile,
  options: SourceOptions = {},
): LoadedSource {
  const body = checkBody(file, true);
  const { tree } = body;
  const text = tree ? searchable(visibleText(tree, file.body, file.bodyOffset)) : nothing();
  const diagnostics = [...body.diagnostics];
  const parsed = sourceSchema.safeParse(file.data, { reportInput: true });
  const context = { file: file.path, position: file.field };
  if (!parsed.success) {
    diagnostics.push(...schemaDiagnostics(parsed.error.issues, sourceSchema, context));
  }
  const data = file.data as Record<string, unknown>;
  diagnostics.push(
    ...dateDiagnostics("source", data, file.path, file.field, options.today ?? today()),
  );
  if (options.contentDir !== undefined)
    diagnostics.push(...captureDiagnostics(file, options.contentDir));
  const source =
    parsed.success && tree && !hasErrors(diagnostics)
      ? { id, file, data: parsed.data, tree, text }
      : undefined;
  return { source, text, readable: tree !== undefined, diagnostics };
}
