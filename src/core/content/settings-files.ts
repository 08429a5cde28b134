/** Loading the site's settings (site.yaml) and rating scale (ratings.yaml) from content/. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Document } from "yaml";
import type { z } from "zod";
import { type Diagnostic, diagnostic, type Span } from "../diagnostics/diagnostic.ts";
import { Rule } from "../diagnostics/rules.ts";
import { type Ratings, ratingsSchema, type Site, siteSchema } from "../schema/settings.ts";
import type { Watch } from "../schema/watch.ts";
import { pointsOf, readText } from "./content-file.ts";
import { contentFormatProblem } from "./content-format.ts";
import { networkDiagnostics } from "./network-settings.ts";
import { schemaDiagnostics } from "./schema-issues.ts";
import { loadWatch } from "./watch-file.ts";
import { parseYaml, rangeOfPath } from "./yaml.ts";

/** The settings, when valid, and the problems found in them. */
export interface Settings {
  site: Site | undefined;
  ratings: Ratings | undefined;
  /** watch.json, when present and valid. */
  watch?: Watch | undefined;
  diagnostics: Diagnostic[];
}

/** Reads and checks `site.yaml`, `ratings.yaml` and `watch.json` (if any) in `dir`; `display` is `dir` as printed. */
export function loadSettings(dir: string, display: string): Settings {
  const diagnostics: Diagnostic[] = [];
  const siteLoaded = loadYaml(
    join(dir, "site.yaml"),
    `${display}/site.yaml`,
    siteSchema,
    diagnostics,
    { precheck: contentFormatProblem, owns: "format" },
  );
  const site = siteLoaded?.data;
  if (siteLoaded && siteLoaded.data.network.length > 0) {
    diagnostics.push(
      ...networkDiagnostics(siteLoaded.data, `${display}/site.yaml`, siteLoaded.position),
    );
  }
  // Read and parsed once: the place of each verdict's problem comes from the same document.
  const loaded = loadYaml(
    join(dir, "ratings.yaml"),
    `${display}/ratings.yaml`,
    ratingsSchema,
    diagnostics,
  );
  const ratings = loaded?.data;
  const keys = new Map<string, number>();
  const ratingsPosition = (path: readonly PropertyKey[]) =>
    loaded ? loaded.position(path) : { line: 1, column: 1 };
  ratings?.verdicts.forEach((verdict, index) => {
    const ratio = contrastWithWhite(verdict.color);
    if (ratio < MIN_CONTRAST) {
      diagnostics.push(
        diagnostic({
          file: `${display}/ratings.yaml`,
          ...ratingsPosition(["verdicts", index, "color"]),
          rule: Rule.verdictContrast,
          reason: `The colour ${verdict.color} of the verdict "${verdict.key}" is too light for the badge's white text (contrast ${ratio.toFixed(1)}:1; at least ${MIN_CONTRAST}:1 is needed to be read). Choose a darker colour.`,
        }),
      );
    }
    const first = keys.get(verdict.key);
    if (first !== undefined) {
      diagnostics.push(
        diagnostic({
          file: `${display}/ratings.yaml`,
          ...ratingsPosition(["verdicts", index, "key"]),
          rule: Rule.duplicateVerdict,
          reason: `The verdict key "${verdict.key}" is defined twice. Give each verdict its own key.`,
          hint: `It is first defined on line ${ratingsPosition(["verdicts", first, "key"]).line}.`,
        }),
      );
    } else keys.set(verdict.key, index);
  });
  const watch = loadWatch(dir, display, diagnostics);
  return { site, ratings, watch, diagnostics };
}

/** WCAG AA for the badge's small white text. */
const MIN_CONTRAST = 4.5;

/** The WCAG contrast ratio of white text on `hex`. */
function contrastWithWhite(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/** Where the field at `path` of a settings file is written, and where its value ends. */
function spanOf(
  point: ReturnType<typeof pointsOf>,
  document: Document,
  path: readonly PropertyKey[],
): Span {
  const { start, end } = rangeOfPath(document, path);
  const after = end === undefined ? undefined : point(end);
  return {
    ...point(start),
    ...(after ? { endLine: after.line, endColumn: after.column } : {}),
  };
}

/** A check of one field that says more than the schema could, run before it. */
interface Precheck {
  precheck: (
    data: unknown,
    file: string,
    position: (path: readonly PropertyKey[]) => Span,
  ) => Diagnostic | undefined;
  /** The field it judges: the schema's own words about it are left out. */
  owns: string;
}

function loadYaml<T extends z.ZodType>(
  absolute: string,
  path: string,
  schema: T,
  diagnostics: Diagnostic[],
  field?: Precheck,
): { data: z.output<T>; position: (path: readonly PropertyKey[]) => Span } | undefined {
  const at = (line: number, column: number) => ({ file: path, line, column });
  if (!existsSync(absolute)) {
    diagnostics.push(
      diagnostic({
        ...at(1, 1),
        rule: Rule.missingSettings,
        reason: `The settings file ${path} is missing. Copy it from the example site's content/ and adapt it.`,
      }),
    );
    return undefined;
  }
  const raw = readText(absolute, path);
  if (typeof raw !== "string") {
    diagnostics.push(raw);
    return undefined;
  }
  const point = pointsOf(raw);
  const parsed = parseYaml(raw);
  if (!parsed.ok) {
    const { line, column } = point(parsed.offset);
    diagnostics.push(
      diagnostic({
        ...at(line, column),
        rule: Rule.yamlSyntax,
        reason: `The file is not valid YAML: ${parsed.reason}`,
      }),
    );
    return undefined;
  }
  const position = (fieldPath: readonly PropertyKey[]) => spanOf(point, parsed.document, fieldPath);
  const problem = field?.precheck(parsed.data, path, position);
  if (problem) diagnostics.push(problem);
  const checked = schema.safeParse(parsed.data, { reportInput: true });
  if (checked.success) return { data: checked.data, position };
  const issues = checked.error.issues.filter((issue) => issue.path[0] !== field?.owns);
  diagnostics.push(...schemaDiagnostics(issues, schema, { file: path, position }));
  return undefined;
}
