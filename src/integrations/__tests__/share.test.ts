/**
 * A verdict that travels: what a social network, a feed reader or a search
 * engine takes from each claim page of the built site (title, link preview,
 * share card, JSON-LD), and the scale's order on the methodology page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, openSite, variants } from "../../../test/support/built-site.ts";
import { attribute, elements, first, type Node, textContent } from "../../../test/support/html.ts";
import { readPng } from "../../cards/__tests__/read-png.ts";

describe.each(variants)("the share cards of the example site built $name", (deployment) => {
  let site: BuiltSite;
  beforeAll(() => {
    site = openSite(deployment, inject("sites")[deployment.key]);
  });
  // French puts a narrow no-break space before the colon; English none.
  const colon = deployment.lang === "en" ? ": " : "\u202f: ";
  const labels =
    deployment.lang === "en"
      ? ["True", "Mostly true", "Misleading", "False", "Unverifiable"]
      : ["Vrai", "Plutôt vrai", "Trompeur", "Faux", "Invérifiable"];
  const claims = () => site.export.claims;
  const page = (id: string) => site.page(`claims/${id}/index.html`) as Node;
  const meta = (root: Node, key: string) => {
    const [element] = elements(
      root,
      (e) =>
        e.name === "meta" && (attribute(e, "property") === key || attribute(e, "name") === key),
    );
    return element && attribute(element, "content");
  };

  it("starts every claim page's title and og:title with its verdict label", () => {
    for (const claim of claims()) {
      const root = page(claim.id);
      const title = textContent(first(root, "title") as Node);
      expect(title.startsWith(`${claim.verdict.label}${colon}`), title).toBe(true);
      expect(meta(root, "og:title")?.startsWith(`${claim.verdict.label}${colon}`)).toBe(true);
    }
  });

  it("gives every claim page an og:image that is a 1200 × 630 PNG in the site", () => {
    for (const claim of claims()) {
      const root = page(claim.id);
      const url = meta(root, "og:image") ?? "";
      const prefix = `${site.site}${site.base}`;
      expect(url.startsWith(`${prefix}cards/${claim.id}-`), url).toBe(true);
      const png = readPng(readFileSync(join(site.dir, url.slice(prefix.length))));
      expect([png.width, png.height]).toEqual([1200, 630]);
      expect([meta(root, "og:image:width"), meta(root, "og:image:height")]).toEqual([
        "1200",
        "630",
      ]);
      expect(meta(root, "og:image:alt")?.startsWith(claim.verdict.label)).toBe(true);
      expect(meta(root, "twitter:card")).toBe("summary_large_image");
      const jsonLd = elements(root, (e) => attribute(e, "type") === "application/ld+json")[0];
      expect(JSON.parse(textContent(jsonLd as Node)).image).toBe(url);
    }
  });

  it("starts every feed item's title with its verdict", () => {
    const feed = site.read("rss.xml");
    for (const claim of claims()) {
      expect(feed).toContain(`<title>${claim.verdict.label}${colon}`);
    }
  });

  it("lists the verdicts on the methodology page in the scale's order, best first", () => {
    const root = site.page("methodology/index.html") as Node;
    const listed = elements(root, (e) => e.name === "dt").map((dt) => textContent(dt).trim());
    expect(listed).toEqual(labels);
  });

  it("lists the verdict index in the scale's order, those outside it under a heading of their own", () => {
    const root = site.page("verdicts/index.html") as Node;
    const order = elements(
      first(root, "main") as Node,
      (e) =>
        e.name === "h2" ||
        (e.name === "a" && (attribute(e, "class") ?? "").split(" ").includes("verdict")),
    ).map((e) => textContent(e).trim());
    const outside = deployment.lang === "en" ? "Outside the scale" : "Hors de l’échelle";
    expect(order).toEqual([...labels.slice(0, 4), outside, ...labels.slice(4)]);
  });

  it("gives the verdicts in the scale's order in claims.json", () => {
    const data = JSON.parse(site.read("claims.json")) as {
      site: { scale: { verdicts: Array<{ key: string }> } };
    };
    expect(data.site.scale.verdicts.map((verdict) => verdict.key)).toEqual([
      "vrai",
      "plutot-vrai",
      "trompeur",
      "faux",
      "inverifiable",
    ]);
  });
});
