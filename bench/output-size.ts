/**
 * What a built site weighs for the benchmark: its size, files and largest file
 * (as `npm run build` reports them), and its largest listing page, the page a
 * reader's phone downloads whole.
 */
import { type OutputSurvey, surveyOutput } from "../src/core/output/survey.ts";

/** A built site's size, with its largest listing page. */
export interface OutputSize extends OutputSurvey {
  /** The largest HTML page that is neither a claim's nor a source's own page. */
  largestListing: { path: string; bytes: number } | undefined;
}

// A claim's or a source's own page; `sources/page/2/` (Citable) and `sources/2/` (baseline) list sources.
const OWN_PAGE = /^(claims\/[^/]+|sources\/(?!page\/|\d+\/)[^/]+)\/index\.html$/;
// Pages that list nothing.
const OTHER_PAGES = new Set(["404.html", "search/index.html", "methodology/index.html"]);

/** Whether the HTML file at `path` (relative to the site) is a listing page. */
export function isListing(path: string): boolean {
  return path.endsWith(".html") && !OWN_PAGE.test(path) && !OTHER_PAGES.has(path);
}

/** Measures `dir`; undefined when it cannot be read (a failed build). */
export function outputSize(dir: string): OutputSize | undefined {
  let largestListing: OutputSize["largestListing"];
  try {
    const survey = surveyOutput(dir, {
      visit: (path, bytes) => {
        if (isListing(path) && (!largestListing || bytes > largestListing.bytes)) {
          largestListing = { path, bytes };
        }
      },
    });
    return { ...survey, largestListing };
  } catch {
    return undefined;
  }
}
