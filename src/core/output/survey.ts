/**
 * What a built site weighs, as a static host counts it: the total size of its
 * files, how many there are, and the largest one.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { makeReadable } from "./permissions.ts";

/** The size of a built site. */
export interface OutputSurvey {
  /** The total size of the files, in bytes. */
  bytes: number;
  /** How many files (folders are not counted). */
  files: number;
  /** The largest file, its path relative to the site's folder with `/` separators; undefined when there is none. */
  largest: { path: string; bytes: number } | undefined;
}

/** What a survey does besides measuring. */
export interface SurveyOptions {
  /** Sees each file's path (relative, with `/` separators) and size. */
  visit?: (path: string, bytes: number) => void;
  /** Also makes `dir`, every folder under it and every file readable by all (permissions.ts). */
  makeReadable?: boolean;
}

/** Walks `dir` once and measures every file under it. */
export function surveyOutput(dir: string, options: SurveyOptions = {}): OutputSurvey {
  const survey: OutputSurvey = { bytes: 0, files: 0, largest: undefined };
  if (options.makeReadable) makeReadable(dir, statSync(dir));
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const folder = entry.isDirectory();
    if (!folder && !entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const stats = statSync(path);
    if (options.makeReadable) makeReadable(path, stats);
    if (folder) continue;
    const name = relative(dir, path).split(sep).join("/");
    survey.bytes += stats.size;
    survey.files++;
    if (!survey.largest || stats.size > survey.largest.bytes)
      survey.largest = { path: name, bytes: stats.size };
    options.visit?.(name, stats.size);
  }
  return survey;
}
