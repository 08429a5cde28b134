/**
 * What the built pages do not repeat: a verdict's icon is drawn once, in
 * verdicts.css, not in every badge; a source page names each claim quoting a
 * passage once (the passage's note), and its one arrival banner is filled
 * from that note. Each variant of the example site is built once by global-setup.ts.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, openSite, variants } from "../../../test/support/built-site.ts";
import { attribute, type Element, elements, type Node } from "../../../test/support/html.ts";

describe.each(variants)("the pages of the example site built $name", (deployment) => {
  let site: BuiltSite;
  beforeAll(() => {
    site = openSite(deployment, inject("sites")[deployment.key]);
  });
  const classes = (element: Element) => (attribute(element, "class") ?? "").split(" ");

  it("draw no SVG: every badge's icon comes from verdicts.css, which has one for its verdict", () => {
    const pages = site.files.filter((file) => file.endsWith(".html"));
    expect(pages.filter((file) => site.read(file).includes("<svg"))).toEqual([]);

    const css = site.read("verdicts.css");
    const withIcon = new Set(
      [
        ...css.matchAll(
          /\.verdict\[data-verdict="([^"]+)"\] \{[^}]*--verdict-icon: url\("data:image\/svg\+xml,/g,
        ),
      ].map((match) => match[1]),
    );
    const badges = pages.flatMap((file) =>
      elements(site.written(file), (element) => classes(element).includes("verdict--icon")).map(
        (badge) => attribute(badge, "data-verdict") ?? `${file}: a badge without a verdict`,
      ),
    );
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.filter((key) => !withIcon.has(key))).toEqual([]);
  });

  it("name each claim that quotes a source once: in the passage's note, which fills the one banner", () => {
    const sourcePages = site.files.filter((file) => /^sources\/[^/]+\/index\.html$/.test(file));
    expect(sourcePages.length).toBeGreaterThan(0);
    const problems = sourcePages.flatMap((file) => {
      const doc = site.written(file);
      const arrivals = elements(doc, (element) => classes(element).includes("arrival"));
      const inArrival = new Set(arrivals.flatMap((arrival) => elements(arrival)));
      const claimLinks = (root: Node) =>
        elements(
          root,
          (element) =>
            element.name === "a" &&
            /\/claims\/[^/]+\/#citation-/.test(attribute(element, "href") ?? ""),
        );
      const inText = claimLinks(doc)
        .filter((link) => !inArrival.has(link))
        .map((link) => attribute(link, "href"));
      const once = new Set(inText);
      const notes = new Map<string, number>();
      for (const note of elements(doc, (element) => "data-note-for" in element.attributes)) {
        for (const fragment of (attribute(note, "data-note-for") ?? "").split(" "))
          notes.set(fragment, (notes.get(fragment) ?? 0) + 1);
      }
      const marks = elements(
        doc,
        (element) => element.name === "mark" && "id" in element.attributes,
      );
      return [
        ...(once.size === inText.length ? [] : [`${file} names a citing claim twice`]),
        ...(arrivals.length === Math.min(marks.length, 1)
          ? []
          : [`${file} has ${arrivals.length} arrival banners for ${marks.length} passages`]),
        ...(arrivals.flatMap(claimLinks).length === 0
          ? []
          : [`${file}: its arrival banner names a claim of its own`]),
        ...marks
          .filter((mark) => notes.get(attribute(mark, "id") ?? "") !== 1)
          .map(
            (mark) =>
              `${file}#${attribute(mark, "id")} has ${notes.get(attribute(mark, "id") ?? "") ?? 0} notes`,
          ),
      ];
    });
    expect(problems).toEqual([]);
  });
});
