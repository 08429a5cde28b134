/**
 * Whether a capture is already archived: a source with the same address
 * (tracking aside), the same original bytes, or the same text. An import
 * that would archive a page twice under two ids says which source has it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { MAX_FILE_BYTES, openContentFile } from "../core/content/content-file.ts";
import { withoutTracking } from "./canonical-address.ts";

/** What is compared. */
export interface CaptureIdentity {
  /** The address the source will be cited under, when known. */
  url?: string | undefined;
  /** The address fetched, when fetched. */
  fetched?: string | undefined;
  sha256: string;
  markdown: string;
}

/** The source that already has this capture, and why it is the same. */
export interface Duplicate {
  /** `sources/<id>.md`, relative to the content folder. */
  file: string;
  why: "address" | "capture" | "text";
}

/** The first source of `content` that already archives `capture`, if any. */
export function findDuplicate(content: string, capture: CaptureIdentity): Duplicate | undefined {
  const folder = join(content, "sources");
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((name) => name.endsWith(".md"))
      .sort();
  } catch {
    return undefined;
  }
  const addresses = new Set(
    [capture.url, capture.fetched].flatMap((url) => (url ? [withoutTracking(url) ?? url] : [])),
  );
  const text = words(capture.markdown);
  for (const name of names) {
    const path = join(folder, name);
    try {
      if (!statSync(path).isFile() || statSync(path).size > MAX_FILE_BYTES) continue;
    } catch {
      continue;
    }
    const file = openContentFile(readFileSync(path, "utf8"), path);
    if (!("body" in file)) continue;
    const data = file.data as { url?: unknown; capture?: { sha256?: unknown; fetched?: unknown } };
    const known = [data.url, data.capture?.fetched].flatMap((url) =>
      typeof url === "string" ? [withoutTracking(url) ?? url] : [],
    );
    const found = `sources/${name}`;
    if (known.some((url) => addresses.has(url))) return { file: found, why: "address" };
    if (data.capture?.sha256 === capture.sha256) return { file: found, why: "capture" };
    if (text !== "" && words(file.body) === text) return { file: found, why: "text" };
  }
  return undefined;
}

/** The text's words, white space and Markdown's escapes aside. */
function words(markdown: string): string {
  return markdown
    .replace(/\\(?=[!-/:-@[-`{-~])/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
