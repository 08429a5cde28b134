/**
 * What every page repeats, bounded by bytes: at 30 000 claims a byte of every
 * page's frame is 36 000 bytes of the site, and a file of every claim is
 * 30 000 of a host's 100 000 files. The frame is the `<head>` without the
 * page's own data (its JSON-LD, its inline stylesheet, its texts: title,
 * description, link preview), the masthead and the footer. Each variant of the
 * example site is built once by global-setup.ts.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, openSite, variants } from "../../../test/support/built-site.ts";

/** The bytes of UTF-8 `text`. */
const bytes = (text: string) => Buffer.byteLength(text);

/** The parts of a page's HTML that every page repeats, with the page's own texts left out of the head. */
function frame(html: string): { head: string; masthead: string; footer: string } {
  const head = (html.match(/<head>.*?<\/head>/s)?.[0] ?? "")
    .replace(/<script type="application\/ld\+json">.*?<\/script>/s, "")
    .replace(/<style>.*?<\/style>/s, "")
    .replace(/<title>.*?<\/title>/s, "<title></title>")
    .replace(/ content="[^"]*"/g, ' content=""');
  const masthead = html.match(/<a class="skip".*?<\/header>/s)?.[0] ?? "";
  const footer = html.match(/<footer class="footer">.*?<\/footer>/s)?.[0] ?? "";
  return { head, masthead, footer };
}

describe.each(variants)("the frame of the example site's pages built $name", (deployment) => {
  let site: BuiltSite;
  beforeAll(() => {
    site = openSite(deployment, inject("sites")[deployment.key]);
  });
  const pages = () => site.files.filter((file) => file.endsWith(".html"));

  it("keeps each page's head under 1.3 KB besides its own texts, JSON-LD and stylesheet", () => {
    const heavy = pages()
      .map((file) => [file, bytes(frame(site.read(file)).head)] as const)
      .filter(([, size]) => size > 1300);
    expect(heavy).toEqual([]);
  });

  it("keeps each page's masthead under 900 bytes and its footer (which lists the site's own pages) under 1 KB", () => {
    const heavy = pages().flatMap((file) => {
      const { masthead, footer } = frame(site.read(file));
      if (file === "404.html" || masthead === "") return masthead ? [] : [`${file}: no masthead`];
      return [
        ...(bytes(masthead) > 900 ? [`${file}: masthead of ${bytes(masthead)} bytes`] : []),
        ...(bytes(footer) > 1000 ? [`${file}: footer of ${bytes(footer)} bytes`] : []),
      ];
    });
    expect(heavy).toEqual([]);
  });

  it("writes two files per claim, its page and its share card, and one per source, its page", () => {
    const claims = site.files.filter((file) => /^claims\/[^/]+\/index\.html$/.test(file));
    expect(claims.length).toBeGreaterThan(0);
    for (const page of claims) {
      const id = page.split("/")[1];
      const own = site.files.filter(
        (file) => file.startsWith(`claims/${id}/`) || file.startsWith(`cards/${id}-`),
      );
      expect(own).toEqual([
        expect.stringMatching(new RegExp(`^cards/${id}-[0-9a-f]{16}\\.png$`)),
        `claims/${id}/index.html`,
      ]);
    }
    const sources = site.files.filter((file) => /^sources\/(?!page\/)[^/]+\//.test(file));
    expect(sources.filter((file) => !file.endsWith("/index.html"))).toEqual([]);
  });
});
