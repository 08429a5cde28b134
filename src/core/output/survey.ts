/**
 * What a built site weighs, as a static host counts it: the total size of its
 * files, how many there are, and the largest one.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** The size of a built site. */
export interface OutputSurvey {
  /** The total size of the files, in bytes. */
  bytes: number;
  /** How many files (folders are not counted). */
  files: number;
  /** The largest file, its path relative to the site's folder with `/` separators; undefined when there is none. */
  largest: { path: string; bytes: number } | undefined;
}

/**
 * Walks `dir` and measures every file under it; `visit`, when given, sees
 * each file's path (relative, with `/` separators) and size.
 */
export function surveyOutput(
  dir: string,
  visit?: (path: string, bytes: number) => void,
): OutputSurvey {
  const survey: OutputSurvey = { bytes: 0, files: 0, largest: undefined };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size } = statSync(path);
    const name = relative(dir, path).split(sep).join("/");
    survey.bytes += size;
    survey.files++;
    if (!survey.largest || size > survey.largest.bytes)
      survey.largest = { path: name, bytes: size };
    visit?.(name, size);
  }
  return survey;
}
