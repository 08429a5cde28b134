/**
 * Quotation done right on the built example site (issue 23, item 5): wherever
 * a fact-check is listed (the listings, the 404's latest, "Vérifications
 * liées", the feed) a verbatim claim is quoted in its language's marks and
 * attributed to its claimant, a paraphrase is never put in quotation marks,
 * and the finding is there; and no page, feed or style sheet doubles marks.
 */
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, openSite, variants } from "../../../test/support/built-site.ts";
import {
  attribute,
  type Element,
  elements,
  type Node,
  textContent,
} from "../../../test/support/html.ts";

/** What the export says of a claim, as these tests read it. */
interface Listed {
  id: string;
  claim: string;
  verbatim: boolean;
  claimant: string | null;
  summary: string;
  lang: string;
}

/** White space as a reader sees it: any run of spaces, no-break ones included, is one space. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
/** A claim between the marks of its language, as a reader sees them. */
const quoted = (claim: Listed) =>
  plain(claim.lang.startsWith("fr") ? `«\u202f${claim.claim}\u202f»` : `“${claim.claim}”`);
const DOUBLED = /«\s*«|»\s*»|“\s*“|”\s*”/;
/** Attributes whose text a reader or a link preview shows. */
const SHOWN = ["content", "aria-label", "title", "alt"];

/** What is wrong with how `text`, an item listing `claim`, quotes and attributes it. */
function misquoted(claim: Listed, text: string): string[] {
  const shown = plain(text);
  const wrong: string[] = [];
  if (!shown.includes(plain(claim.summary))) wrong.push("no finding");
  if (claim.verbatim) {
    if (!shown.includes(quoted(claim))) wrong.push("verbatim claim not quoted");
    if (claim.claimant && !shown.includes(plain(claim.claimant))) wrong.push("not attributed");
  } else if (shown.includes(quoted(claim)) || shown.includes(`« ${plain(claim.claim)}`)) {
    wrong.push("paraphrase quoted");
  }
  return wrong.map((problem) => `${claim.id}: ${problem}`);
}

describe.each(variants)("the example site built $name quotes and attributes", (variant) => {
  let site: BuiltSite;
  let claims: Map<string, Listed>;
  beforeAll(() => {
    site = openSite(variant, inject("sites")[variant.key]);
    claims = new Map((site.export.claims as unknown as Listed[]).map((claim) => [claim.id, claim]));
  });

  /** The fact-check an item links to, by its first link to a claim page. */
  const claimOf = (item: Element) => {
    for (const link of elements(item, (e) => e.name === "a")) {
      const match = /\/claims\/([^/]+)\/$/.exec(attribute(link, "href") ?? "");
      const claim = match && claims.get(match[1] ?? "");
      if (claim) return claim;
    }
    return undefined;
  };
  const items = (page: Node, inside: (e: Element) => boolean) =>
    elements(page, inside).flatMap((list) => elements(list, (e) => e.name === "li"));

  it("every fact-check in every listing, and in the 404's latest", () => {
    const pages = site.files.filter((file) => file.endsWith(".html"));
    const listed = pages.flatMap((file) =>
      elements(site.written(file), (e) => attribute(e, "class") === "claim-item").map(
        (item) => [file, item] as const,
      ),
    );
    expect(listed.map(([file]) => file)).toContain("404.html");
    expect(listed.map(([, item]) => claimOf(item)?.id)).toContain("durain-lettre-macron");
    const wrong = listed.flatMap(([file, item]) => {
      const claim = claimOf(item);
      return claim ? misquoted(claim, textContent(item)).map((w) => `${file}: ${w}`) : [];
    });
    expect(wrong).toEqual([]);
  });

  it("every related fact-check at the foot of a claim page", () => {
    const related = site.files
      .filter((file) => /^claims\/[^/]+\/index\.html$/.test(file))
      .flatMap((file) =>
        items(site.written(file), (e) => attribute(e, "class") === "related").map(
          (item) => [file, item] as const,
        ),
      );
    expect(related.map(([, item]) => claimOf(item)?.id)).toContain("durain-lettre-macron");
    const wrong = related.flatMap(([file, item]) => {
      const claim = claimOf(item);
      return claim ? misquoted(claim, textContent(item)).map((w) => `${file}: ${w}`) : [];
    });
    expect(wrong).toEqual([]);
  });

  it("every item of the feed", () => {
    const feed = new XMLParser({ isArray: (name) => name === "item" }).parse(
      site.read("rss.xml"),
    ) as {
      rss: { channel: { item: Array<{ title: string; link: string; description: string }> } };
    };
    const feedItems = feed.rss.channel.item;
    expect(feedItems.length).toBe(claims.size);
    const wrong = feedItems.flatMap((item) => {
      const claim = claims.get(/\/claims\/([^/]+)\/$/.exec(item.link)?.[1] ?? "");
      if (!claim) return [`${item.link}: no such claim`];
      return misquoted(claim, `${item.title}\n${item.description}`);
    });
    expect(wrong).toEqual([]);
    const verbatim = feedItems.find((item) => item.link.endsWith("/durain-lettre-macron/"));
    expect(plain(verbatim?.description ?? "")).toContain(
      variant.lang === "en"
        ? "What was claimed (Jérôme Durain): “J’ai écrit"
        : "Ce qui est affirmé (Jérôme Durain) : « J’ai écrit",
    );
  });

  it("never doubles quotation marks in any page's text or shown attributes, the feed or a style sheet", () => {
    const found = site.files.flatMap((file) => {
      // A style sheet that generated marks around quotations would double the marks they hold.
      if (file.endsWith(".css"))
        return DOUBLED.test(site.read(file)) || /open-quote|\bquotes\s*:/.test(site.read(file))
          ? [file]
          : [];
      if (file.endsWith(".xml")) return DOUBLED.test(site.read(file)) ? [file] : [];
      if (!file.endsWith(".html")) return [];
      const page = site.written(file);
      const shown = elements(page).flatMap((e) => SHOWN.map((name) => attribute(e, name) ?? ""));
      return [textContent(page), ...shown].some((text) => DOUBLED.test(text)) ? [file] : [];
    });
    expect(site.files.filter((file) => file.endsWith(".css")).length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
