/**
 * A page's metadata, read from the page itself in this order of trust:
 * schema.org JSON-LD, Open Graph and `article:*` tags, Dublin Core and
 * `citation_*` tags, then `<title>` and `<html lang>`. Nothing is invented:
 * what no source gives stays undefined, and each value says where it came from.
 */
import { jsonLdArticle } from "./json-ld.ts";

/** Where a value was read. */
export type Origin =
  | "JSON-LD"
  | "Open Graph"
  | "Dublin Core"
  | "citation tags"
  | "HTML"
  | "SingleFile"
  | "fetch"
  | "PDF";

/** The comment written above a value read from `origin`. */
export function originComment(origin: Origin): string {
  if (origin === "fetch") return "The address fetched, after any redirects.";
  if (origin === "PDF") return "Read from the PDF's document information.";
  if (origin === "SingleFile") return "Read from the note SingleFile wrote when it saved the page.";
  return `Read from the page's ${origin === "HTML" ? "HTML" : `${origin} metadata`}.`;
}

/** A value and where it was read. */
export interface Found<T> {
  value: T;
  origin: Origin;
}

/** The metadata of a page; a field is undefined when the page does not give it. */
export interface PageMetadata {
  title?: Found<string> | undefined;
  publisher?: Found<string> | undefined;
  /** As the page writes it; {@link dayOf} makes a `YYYY-MM-DD` of it. */
  published?: Found<string> | undefined;
  author?: Found<string[]> | undefined;
  lang?: Found<string> | undefined;
  url?: Found<string> | undefined;
}

type Candidate<T> = [Origin, T | undefined];

/** Reads the metadata of `document`, parsed from `html`, before anything is removed from it. */
export function pageMetadata(document: Document, html: string): PageMetadata {
  const meta = (...names: string[]) => metaValues(document, names);
  const ld = jsonLdArticle(
    [...document.querySelectorAll('script[type="application/ld+json" i]')].map(
      (script) => script.textContent ?? "",
    ),
  );
  const ogLocale = meta("og:locale")[0]?.replace("_", "-");
  const citationAuthors = meta("citation_author");
  return {
    title: first<string>(
      ["JSON-LD", ld?.title],
      ["Open Graph", meta("og:title")[0]],
      ["Dublin Core", meta("dc.title", "dcterms.title")[0]],
      ["citation tags", meta("citation_title")[0]],
      ["HTML", clean(document.querySelector("title")?.textContent)],
    ),
    publisher: first<string>(
      ["JSON-LD", ld?.publisher],
      ["Open Graph", meta("og:site_name")[0]],
      ["Dublin Core", meta("dc.publisher", "dcterms.publisher")[0]],
      ["citation tags", meta("citation_publisher", "citation_journal_title")[0]],
    ),
    published: first<string>(
      ["JSON-LD", ld?.published],
      ["Open Graph", meta("article:published_time")[0]],
      ["Dublin Core", meta("dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date")[0]],
      ["citation tags", meta("citation_publication_date", "citation_date")[0]],
    ),
    author: first<string[]>(
      ["JSON-LD", nonEmpty(ld?.authors)],
      // article:author is often the address of an author page: only names are kept.
      ["Open Graph", nonEmpty(meta("article:author").filter((a) => !/^https?:/i.test(a)))],
      ["Dublin Core", nonEmpty(meta("dc.creator", "dcterms.creator"))],
      ["citation tags", nonEmpty(citationAuthors)],
    ),
    lang: first<string>(
      ["JSON-LD", ld?.lang],
      ["Open Graph", ogLocale],
      ["Dublin Core", meta("dc.language", "dcterms.language")[0]],
      ["citation tags", meta("citation_language")[0]],
      ["HTML", clean(document.documentElement?.getAttribute("lang"))],
    ),
    url: first<string>(
      ["JSON-LD", ld?.url],
      ["Open Graph", meta("og:url")[0]],
      ["SingleFile", savedFrom(html)],
      ["HTML", canonical(document)],
    ),
  };
}

/** `YYYY-MM-DD` of a date as a page writes it (`2025-11-22T10:41:00+01:00`, `2025/11/22`), in its own time zone. */
export function dayOf(written: string): string | undefined {
  const parts = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:$|[T\s])/.exec(written.trim());
  return parts ? `${parts[1]}-${parts[2]}-${parts[3]}` : undefined;
}

/** A language tag as the source schema takes it: its primary language, lowercase (`fr-FR` → `fr`). */
export function languageOf(written: string): string | undefined {
  const primary = /^([A-Za-z]{2,3})(?:[-_]|$)/.exec(written.trim())?.[1];
  return primary?.toLowerCase();
}

function first<T>(...candidates: Candidate<T>[]): Found<T> | undefined {
  for (const [origin, value] of candidates) {
    if (value !== undefined) return { value, origin };
  }
  return undefined;
}

function metaValues(document: Document, names: readonly string[]): string[] {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const values: string[] = [];
  for (const element of document.querySelectorAll("meta")) {
    const key = (
      element.getAttribute("property") ??
      element.getAttribute("name") ??
      ""
    ).toLowerCase();
    const value = clean(element.getAttribute("content"));
    if (wanted.has(key) && value) values.push(value);
  }
  return values;
}

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/[\t\n\r ]+/g, " ").trim();
  return trimmed ? trimmed : undefined;
}

function nonEmpty(values: string[] | undefined): string[] | undefined {
  return values && values.length > 0 ? values : undefined;
}

function canonical(document: Document): string | undefined {
  return clean(document.querySelector('link[rel="canonical" i]')?.getAttribute("href"));
}

/** The address SingleFile records in the comment it writes at the top of a saved page. */
function savedFrom(html: string): string | undefined {
  return /Page saved with SingleFile\s+url:\s*(\S+)/.exec(html.slice(0, 4096))?.[1];
}
