/**
 * What a built site weighs for the benchmark: its size, files and largest file
 * (as `npm run build` reports them), its largest listing page (the page a
 * reader's phone downloads whole), and the files and bytes of each kind of
 * file, which say what grows with the claims and by how much.
 */
import { type OutputSurvey, surveyOutput } from "../src/core/output/survey.ts";

/** The kinds of file a built site holds, as the report names them. */
export const FILE_KINDS = {
  claim: "claim pages",
  card: "share cards",
  source: "source pages",
  listing: "listing pages",
  fragment: "search fragments",
  index: "search index",
  export: "exports",
  other: "other files",
} as const;

/** A kind of file of a built site. */
export type FileKind = keyof typeof FILE_KINDS;

/** How many files of one kind, and their bytes. */
export interface KindSize {
  files: number;
  bytes: number;
}

/** A built site's size, with its largest listing page and its files by kind. */
export interface OutputSize extends OutputSurvey {
  /** The largest HTML page that is neither a claim's nor a source's own page. */
  largestListing: { path: string; bytes: number } | undefined;
  /** The files and bytes of each kind present. */
  kinds: Partial<Record<FileKind, KindSize>>;
}

// A claim's or a source's own page; `sources/page/2/` (Citable) and `sources/2/` (baseline) list sources.
const CLAIM_PAGE = /^claims\/[^/]+\/index\.html$/;
const SOURCE_PAGE = /^sources\/(?!page\/|\d+\/)[^/]+\/index\.html$/;
// Pages that list nothing.
const OTHER_PAGES = new Set(["404.html", "search/index.html", "methodology/index.html"]);
// Pagefind's result fragments: one per page indexed.
const FRAGMENT = /^pagefind\/fragment\//;
// The data exports: the index and its parts, the ClaimReview feed and its parts.
const EXPORT = /^(export\/|claimreview\/|claims\.json$|claimreview\.json$)/;

/** Whether the HTML file at `path` (relative to the site) is a listing page. */
export function isListing(path: string): boolean {
  return (
    path.endsWith(".html") &&
    !CLAIM_PAGE.test(path) &&
    !SOURCE_PAGE.test(path) &&
    !OTHER_PAGES.has(path)
  );
}

/** The kind of the file at `path` (relative to the site, `/` separators). */
export function fileKind(path: string): FileKind {
  if (CLAIM_PAGE.test(path)) return "claim";
  if (SOURCE_PAGE.test(path)) return "source";
  if (path.startsWith("cards/") && path.endsWith(".png")) return "card";
  if (FRAGMENT.test(path)) return "fragment";
  if (path.startsWith("pagefind/")) return "index";
  if (EXPORT.test(path)) return "export";
  if (isListing(path)) return "listing";
  return "other";
}

/** Measures `dir`; undefined when it cannot be read (a failed build). */
export function outputSize(dir: string): OutputSize | undefined {
  let largestListing: OutputSize["largestListing"];
  const kinds: OutputSize["kinds"] = {};
  try {
    const survey = surveyOutput(dir, {
      visit: (path, bytes) => {
        const kind = fileKind(path);
        const size = kinds[kind] ?? { files: 0, bytes: 0 };
        size.files++;
        size.bytes += bytes;
        kinds[kind] = size;
        if (kind === "listing" && (!largestListing || bytes > largestListing.bytes)) {
          largestListing = { path, bytes };
        }
      },
    });
    return { ...survey, largestListing, kinds };
  } catch {
    return undefined;
  }
}

if (import.meta.main) {
  // `node bench/output-size.ts <dir>`: the sizes of a built site, by kind of file.
  const [dir] = process.argv.slice(2);
  const size = dir ? outputSize(dir) : undefined;
  if (!size) {
    console.error("Usage: node bench/output-size.ts <built site's folder>");
    process.exit(2);
  }
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(
    `${mb(size.bytes)} in ${size.files} files; largest ${size.largest?.path} (${size.largest?.bytes} B); largest listing ${size.largestListing?.path} (${size.largestListing?.bytes} B)`,
  );
  for (const [kind, { files, bytes }] of Object.entries(size.kinds))
    console.log(
      `${FILE_KINDS[kind as FileKind].padEnd(18)} ${String(files).padStart(7)} files ${mb(bytes).padStart(10)}  mean ${(bytes / files / 1000).toFixed(2)} KB`,
    );
}
