/**
 * What issue 23 asks of the built site, as a reader, a screen reader and a
 * crawler find it: the verdict in every claim heading and listing link, no
 * doubled quotation marks, a scale of named steps, where each claim was made,
 * the corrections log and the legal notice in every footer, citations
 * numbered in reading order; and, on a small English site of its own, a
 * changed verdict shown and flagged, and each claim tagged with its language.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, buildInto, openSite, variants } from "../../../test/support/built-site.ts";
import {
  attribute,
  type Element,
  elements,
  first,
  type Node,
  textContent,
} from "../../../test/support/html.ts";

const FIXTURE = fileURLToPath(new URL("./fixtures/english-site", import.meta.url));

/** The pages of a built site, by file. */
const htmlFiles = (site: BuiltSite) => site.files.filter((file) => file.endsWith(".html"));
const claimFiles = (site: BuiltSite) =>
  site.files.filter((file) => /^claims\/[^/]+\/index\.html$/.test(file));
const byClass = (root: Node, name: string) =>
  elements(root, (element) => (attribute(element, "class") ?? "").split(" ").includes(name));
const jsonLd = (page: Node) =>
  elements(page, (e) => e.name === "script" && attribute(e, "type") === "application/ld+json").map(
    (script) => JSON.parse(textContent(script)) as Record<string, unknown>,
  );
const meta = (page: Node, property: string) =>
  attribute(
    elements(page, (e) => e.name === "meta" && attribute(e, "property") === property)[0] ??
      ({ attributes: {} } as Element),
    "content",
  );

describe.each(variants)("the example site built $name leads with the finding", (variant) => {
  let site: BuiltSite;
  beforeAll(() => {
    site = openSite(variant, inject("sites")[variant.key]);
  });

  it("names the verdict in every claim page's h1", () => {
    const missing = site.export.claims.flatMap((claim) => {
      const h1 = elements(site.written(`claims/${claim.id}/index.html`), (e) => e.name === "h1");
      const text = h1.map(textContent).join(" | ");
      return h1.length === 1 && text.startsWith(claim.verdict.label)
        ? []
        : [`${claim.id}: ${text}`];
    });
    expect(site.export.claims.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it("names the verdict first in every link of every listing to a fact-check", () => {
    const verdicts = new Map(site.export.claims.map((claim) => [claim.id, claim.verdict.label]));
    const wrong = htmlFiles(site).flatMap((file) =>
      elements(site.written(file), (e) => e.name === "a").flatMap((link) => {
        const match = /\/claims\/([^/]+)\/$/.exec(attribute(link, "href") ?? "");
        const verdict = match && verdicts.get(match[1] ?? "");
        if (!verdict) return [];
        return textContent(link).trim().startsWith(verdict)
          ? []
          : [`${file}: ${textContent(link)}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it("never doubles quotation marks, and never rates « n sur 4 »", () => {
    const found = htmlFiles(site).flatMap((file) => {
      const text = textContent(site.written(file));
      return [
        ...(/«\s*«|»\s*»|“\s*“|”\s*”/.test(text) ? [`${file}: doubled marks`] : []),
        ...(claimFiles(site).includes(file) && /\b(sur|of) 4\b/.test(text)
          ? [`${file}: « n sur 4 »`]
          : []),
      ];
    });
    expect(found).toEqual([]);
  });

  it("names every step of the scale on a claim page, and marks the current one", () => {
    const page = site.written("claims/kessaci-20-ans/index.html");
    const steps = byClass(page, "verdict-scale__step");
    expect(
      steps.map((step) =>
        textContent(step)
          .trim()
          .replace(/\s*\(.*\)$/, ""),
      ),
    ).toEqual(
      variant.lang === "en"
        ? ["True", "Mostly true", "Misleading", "False"]
        : ["Vrai", "Plutôt vrai", "Trompeur", "Faux"],
    );
    expect(
      steps
        .filter((step) => attribute(step, "aria-current") === "step")
        .map((step) => textContent(step).trim()),
    ).toEqual([
      variant.lang === "en"
        ? "False (this fact-check’s verdict)"
        : "Faux (verdict de cette vérification)",
    ]);
  });

  it("says in every ClaimReview where the claim was made", () => {
    const missing = claimFiles(site).filter((file) => {
      const [review] = jsonLd(site.written(file));
      const claim = review?.itemReviewed as { appearance?: unknown[]; firstAppearance?: unknown };
      return !(claim?.appearance?.length && claim.firstAppearance);
    });
    expect(missing).toEqual([]);
  });

  it("links the corrections log and every page of the site's own from every footer", () => {
    const pages = site.files
      .filter((file) => /^[a-z-]+\/index\.html$/.test(file))
      .filter(
        (file) =>
          site.files.includes(file) &&
          !/^(claims|sources|search|tags|verdicts|claimants|methodology)\//.test(file),
      );
    const wanted = ["corrections/log/", ...pages.map((file) => file.replace(/index\.html$/, ""))];
    expect(site.files).toContain("corrections/log/index.html");
    // The legal notice a French publisher must have is one of them.
    expect(wanted).toContain("mentions-legales/");
    const missing = htmlFiles(site).flatMap((file) => {
      const footer = first(site.written(file), "footer");
      const links = footer
        ? elements(footer, (e) => e.name === "a").map((a) => attribute(a, "href"))
        : [];
      return wanted
        .filter((path) => !links.includes(`${site.base}${path}`))
        .map((path) => `${file}: ${path}`);
    });
    expect(missing).toEqual([]);
  });

  it("numbers the passages of every source page once each, in reading order, apart when they meet", () => {
    const sources = site.files.filter((file) => /^sources\/[^/]+\/index\.html$/.test(file));
    const wrong = sources.flatMap((file) => {
      const numbered = elements(
        site.written(file),
        (e) => e.name === "mark" && attribute(e, "data-note") !== undefined,
      );
      const numbers = numbered.map((mark) => Number(attribute(mark, "data-note")));
      // A number that opens right inside another mark's number stands after a comma (¹,²).
      const stuck = numbered.filter((mark) =>
        numbered.some(
          (outer) => outer.children[0] === mark && attribute(mark, "data-note-after") === undefined,
        ),
      );
      return numbers.every((n, index) => n === index + 1) && stuck.length === 0
        ? []
        : [`${file}: ${numbers.join(", ")}; ${stuck.length} stuck`];
    });
    expect(sources.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it("numbers the citations in the order the reasoning refers to them", () => {
    const unordered = claimFiles(site).flatMap((file) => {
      const numbers = byClass(site.written(file), "cite-ref").map((link) =>
        Number(textContent(link).replace(/\D/g, "")),
      );
      const firsts = numbers.filter((n, index) => numbers.indexOf(n) === index);
      return firsts.every((n, index) => n === index + 1) ? [] : [`${file}: ${numbers.join(", ")}`];
    });
    expect(unordered).toEqual([]);
  });

  it("gives the home page the site's markup and a link preview image", () => {
    const home = site.written("index.html");
    expect(meta(home, "og:image")).toBe(`${site.site}${site.base}cards/site.png`);
    const [markup] = jsonLd(home);
    const graph = (markup?.["@graph"] ?? []) as Array<{ "@type": string }>;
    const types = graph.map((node) => node["@type"]);
    expect(types).toEqual(["WebSite", "Organization"]);
  });
});

describe("a site in English with a French claim and a changed verdict", () => {
  let site: BuiltSite;
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "citable-english-"));
    const content = join(folder, "content");
    cpSync(FIXTURE, content, { recursive: true });
    const deployment = { env: {}, site: "https://checker.example", base: "/" };
    const build = await buildInto({ ...deployment, searchIndex: "after" }, content);
    site = openSite(deployment, build.dir);
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
    if (site) rmSync(dirname(site.dir), { recursive: true, force: true });
  });

  it("tags the site and its English claims English", () => {
    const page = site.written("claims/library-closed/index.html");
    expect(attribute(first(page, "html") as Element, "lang")).toBe("en");
    expect(attribute(first(page, "article") as Element, "lang")).toBe("en");
    expect(jsonLd(page)[0]?.inLanguage).toBe("en");
    expect(meta(page, "og:locale")).toBe("en_GB");
  });

  it("tags a French claim French: its article, its ClaimReview and its link preview", () => {
    const page = site.written("claims/bibliotheque-fermee/index.html");
    expect(attribute(first(page, "article") as Element, "lang")).toBe("fr");
    expect(jsonLd(page)[0]?.inLanguage).toBe("fr");
    expect(meta(page, "og:locale")).toBe("fr_FR");
    // In the listing too.
    const item = elements(site.written("index.html"), (e) => e.name === "li").find((li) =>
      textContent(li).includes("La bibliothèque fermera le dimanche."),
    );
    expect(item && attribute(item, "lang")).toBe("fr");
  });

  it("tags a quote from a source in another language than the claim with the source's", () => {
    const page = site.written("claims/budget-rise/index.html");
    const quotes = elements(page, (e) => e.name === "blockquote").map((quote) => [
      textContent(quote).trim(),
      attribute(quote, "lang"),
    ]);
    expect(quotes).toEqual([
      ["the budget would rise by 9\u00a0% next year", undefined],
      ["le budget augmenterait de 9 % l’an prochain", "fr"],
    ]);
  });

  it("shows both verdicts of a changed verdict, at the top, linked from the byline", () => {
    const page = site.written("claims/library-closed/index.html");
    const corrections = elements(
      page,
      (e) => e.name === "section" && attribute(e, "class") === "corrections",
    )[0];
    expect(
      corrections &&
        textContent(corrections)
          .replace(/[ \t\n]+/g, " ")
          .trim(),
    ).toBe(
      "Corrections Correction, 20\u00a0January\u00a02026: Verdict changed on 20\u00a0January\u00a02026: Mostly true → False. The minutes were found; the first version relied on a report of them.",
    );
    const byline = byClass(page, "claim__byline")[0] as Element;
    expect(
      elements(byline, (e) => e.name === "a").map((a) => [attribute(a, "href"), textContent(a)]),
    ).toEqual([["#corrections", "Corrected on 20\u00a0January\u00a02026"]]);
    expect(jsonLd(page)[0]?.dateModified).toBe("2026-01-20");
  });

  it("flags the corrected fact-check in its listing and in the feed, which says what changed", () => {
    const items = elements(
      site.written("index.html"),
      (e) => e.name === "li" && attribute(e, "class") === "claim-item",
    );
    const flagged = items
      .filter((item) => byClass(item, "corrected-mark").length > 0)
      .map((item) => textContent(elements(item, (e) => e.name === "a")[0] as Element));
    expect(flagged).toEqual(["False: “The library will close for good.”"]);
    const feed = site.read("rss.xml");
    expect(feed).toContain("<title>[Corrected] False: “The library will close for good.”</title>");
    expect(feed).toContain(
      "Verdict changed on 20\u00a0January\u00a02026: Mostly true → False. The minutes were found",
    );
  });

  // The badge (hidden from screen readers), then the link, named with the verdict first.
  it("lists the correction in the log, the verbatim claim quoted and attributed", () => {
    const entries = byClass(site.written("corrections/log/index.html"), "corrections-log__entry");
    const shown = (entry: Node) =>
      textContent(entry)
        .replace(/[ \t\n]+/g, " ")
        .trim();
    expect(entries.map(shown)).toEqual([
      "Corrected on 20\u00a0January\u00a02026 False False: “The library will close for good.” Claimed by Jane Roe Verdict changed on 20\u00a0January\u00a02026: Mostly true → False The minutes were found; the first version relied on a report of them.",
    ]);
  });

  it("says where the claim was made, and links the post and its archived copy", () => {
    const page = site.written("claims/library-closed/index.html");
    const appearance = byClass(page, "appearance")[0] as Element;
    expect(
      textContent(appearance)
        .replace(/[ \t\n]+/g, " ")
        .trim(),
    ).toBe("Posted on Facebook, 12\u00a0January\u00a02026 (see the post, archived copy)");
    const other = byClass(
      site.written("claims/budget-rise/index.html"),
      "appearance",
    )[0] as Element;
    expect(
      textContent(other)
        .replace(/[ \t\n]+/g, " ")
        .trim(),
    ).toBe("Posted on Town Hall TV (address not recorded)");
  });

  it("leads with the editors' headline, the claim under it labelled", () => {
    const page = site.written("claims/budget-rise/index.html");
    expect(textContent(first(page, "h1") as Element)).toBe(
      "True: Yes, the budget rises by 9 %, as the mayor said",
    );
    expect(textContent(byClass(page, "claim__claimed")[0] as Element)).toContain(
      "What was claimed",
    );
  });
});
