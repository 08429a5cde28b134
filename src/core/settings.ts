/** Loading the site's settings (site.yaml) and rating scale (ratings.yaml) from content/. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { location } from "vfile-location";
import type { z } from "zod";
import { readText } from "./content-file.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { Rule } from "./rules.ts";
import { type Ratings, ratingsSchema, type Site, siteSchema } from "./schema/settings.ts";
import { schemaDiagnostics } from "./schema-issues.ts";
import { offsetOfPath, parseYaml } from "./yaml.ts";

/** The settings, when valid, and the problems found in them. */
export interface Settings {
  site: Site | undefined;
  ratings: Ratings | undefined;
  diagnostics: Diagnostic[];
}

/** Reads and checks `site.yaml` and `ratings.yaml` in `dir`; `display` is `dir` as printed. */
export function loadSettings(dir: string, display: string): Settings {
  const diagnostics: Diagnostic[] = [];
  const site = loadYaml(join(dir, "site.yaml"), `${display}/site.yaml`, siteSchema, diagnostics);
  const ratings = loadYaml(
    join(dir, "ratings.yaml"),
    `${display}/ratings.yaml`,
    ratingsSchema,
    diagnostics,
  );
  const keys = new Set<string>();
  ratings?.verdicts.forEach((verdict) => {
    if (keys.has(verdict.key)) {
      diagnostics.push({
        file: `${display}/ratings.yaml`,
        line: 1,
        column: 1,
        severity: "error",
        rule: Rule.duplicateVerdict,
        reason: `The verdict key "${verdict.key}" is defined twice. Give each verdict its own key.`,
      });
    }
    keys.add(verdict.key);
  });
  return { site, ratings, diagnostics };
}

function loadYaml<T extends z.ZodType>(
  absolute: string,
  path: string,
  schema: T,
  diagnostics: Diagnostic[],
): z.output<T> | undefined {
  const at = (line: number, column: number) => ({
    file: path,
    line,
    column,
    severity: "error" as const,
  });
  if (!existsSync(absolute)) {
    diagnostics.push({
      ...at(1, 1),
      rule: Rule.missingSettings,
      reason: `The settings file ${path} is missing. Copy it from the example site's content/ and adapt it.`,
    });
    return undefined;
  }
  const raw = readText(absolute, path);
  if (typeof raw !== "string") {
    diagnostics.push(raw);
    return undefined;
  }
  const lines = location(raw);
  const point = (offset: number) => {
    const found = lines.toPoint(Math.min(offset, raw.length));
    return { line: found?.line ?? 1, column: found?.column ?? 1 };
  };
  const parsed = parseYaml(raw);
  if (!parsed.ok) {
    const { line, column } = point(parsed.offset);
    diagnostics.push({
      ...at(line, column),
      rule: Rule.yamlSyntax,
      reason: `The file is not valid YAML: ${parsed.reason}`,
    });
    return undefined;
  }
  const checked = schema.safeParse(parsed.data, { reportInput: true });
  if (checked.success) return checked.data;
  const position = (fieldPath: readonly PropertyKey[]) =>
    point(offsetOfPath(parsed.document, fieldPath));
  diagnostics.push(...schemaDiagnostics(checked.error.issues, schema, { file: path, position }));
  return undefined;
}
