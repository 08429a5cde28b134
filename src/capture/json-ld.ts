/**
 * The article a page describes in its schema.org JSON-LD: the node whose type
 * is an article or a report, with the names of its author and publisher
 * resolved through `@id` references of the same graph.
 */

/** What the JSON-LD says of the article, each value as written. */
export interface JsonLdArticle {
  title?: string | undefined;
  published?: string | undefined;
  authors: string[];
  publisher?: string | undefined;
  lang?: string | undefined;
  url?: string | undefined;
}

type Node = Record<string, unknown>;

/** The types read as the page's article, most specific first. */
const ARTICLE_TYPES = [
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BackgroundNewsArticle",
  "Article",
  "BlogPosting",
  "Report",
  "ScholarlyArticle",
  "Legislation",
  "GovernmentService",
  "WebPage",
];

/** A JSON-LD block larger than this is not read (it is data, not metadata). */
const MAX_JSON_LD = 256 * 1024;

/** Reads the article of the JSON-LD blocks `texts`; blocks that are not valid JSON are skipped. */
export function jsonLdArticle(texts: readonly string[]): JsonLdArticle | undefined {
  const nodes: Node[] = [];
  for (const text of texts) {
    if (text.length > MAX_JSON_LD) continue;
    try {
      collect(JSON.parse(text), nodes, 0);
    } catch {
      // Invalid JSON-LD is common on the web; the other metadata still counts.
    }
  }
  const byId = new Map(nodes.filter((n) => typeof n["@id"] === "string").map((n) => [n["@id"], n]));
  const resolve = (value: unknown): unknown =>
    isNode(value) && typeof value["@id"] === "string" && Object.keys(value).length === 1
      ? (byId.get(value["@id"]) ?? value)
      : value;
  const rank = (node: Node) => Math.min(...types(node).map(typeRank));
  const article = nodes
    .filter((node) => rank(node) < ARTICLE_TYPES.length)
    .sort((a, b) => rank(a) - rank(b))[0];
  if (!article) return undefined;
  const page = resolve(article.mainEntityOfPage);
  return {
    title: firstText(article.headline) ?? firstText(article.name),
    published: firstText(article.datePublished) ?? firstText(article.dateCreated),
    authors: list(article.author).map(resolve).flatMap(nameOf),
    publisher: list(article.publisher).map(resolve).flatMap(nameOf)[0],
    lang: firstText(article.inLanguage) ?? nameOf(resolve(article.inLanguage))[0],
    url: firstText(article.url) ?? (isNode(page) ? firstText(page["@id"]) : firstText(page)),
  };
}

function collect(value: unknown, nodes: Node[], depth: number): void {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, nodes, depth + 1);
  } else if (isNode(value)) {
    nodes.push(value);
    if (value["@graph"]) collect(value["@graph"], nodes, depth + 1);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function types(node: Node): string[] {
  return list(node["@type"]).filter((type): type is string => typeof type === "string");
}

function typeRank(type: string): number {
  const index = ARTICLE_TYPES.indexOf(type.replace(/^(?:https?:\/\/)?schema\.org\//, ""));
  return index === -1 ? ARTICLE_TYPES.length : index;
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function firstText(value: unknown): string | undefined {
  const first = list(value)[0];
  return typeof first === "string" && first.trim() !== "" ? first.trim() : undefined;
}

function nameOf(value: unknown): string[] {
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  const name = isNode(value) ? firstText(value.name) : undefined;
  return name ? [name] : [];
}
