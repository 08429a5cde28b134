/**
 * What the built pages may run: only script files of the site itself, no inline
 * script or event handler, no inline style but a page's own stylesheet allowed by
 * its hash, and the Content Security Policy that forbids the rest.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, openSite, variants } from "../../../test/support/built-site.ts";
import { attribute, elements, textContent } from "../../../test/support/html.ts";
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, headersFile, styleHash } from "../csp.ts";

describe.each(variants)("the pages of the site built $name", (deployment) => {
  let site: BuiltSite;
  beforeAll(() => {
    site = openSite(deployment, inject("sites")[deployment.key]);
  });
  const pages = () => site.files.filter((file) => file.endsWith(".html"));

  it("carry no inline event handler", () => {
    const found: string[] = [];
    for (const file of pages()) {
      for (const element of elements(site.written(file), () => true)) {
        for (const name of Object.keys(element.attributes ?? {})) {
          if (/^on/i.test(name)) found.push(`${file}: <${element.name} ${name}>`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it("load scripts only from the site itself, and inline only JSON-LD data", () => {
    const found: string[] = [];
    for (const file of pages()) {
      for (const script of elements(site.written(file), (element) => element.name === "script")) {
        const src = attribute(script, "src");
        const type = attribute(script, "type");
        if (src !== undefined) {
          if (!src.startsWith(deployment.base)) found.push(`${file}: script from ${src}`);
        } else if (type !== "application/ld+json") {
          found.push(`${file}: inline script ${textContent(script).slice(0, 40)}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it("carry the Content Security Policy, and _headers gives it to hosts that read one", () => {
    const missing = pages().filter((file) => {
      const doc = site.written(file);
      const metas = elements(
        doc,
        (element) =>
          element.name === "meta" && attribute(element, "http-equiv") === "Content-Security-Policy",
      );
      const styles = elements(doc, (element) => element.name === "style").map(textContent);
      const [meta] = metas;
      return (
        metas.length !== 1 ||
        !meta ||
        attribute(meta, "content") !== contentSecurityPolicy([], styles)
      );
    });
    expect(missing).toEqual([]);
    expect(site.read("_headers")).toBe(headersFile(deployment.base));
  });

  it("allow inline only a source page's own stylesheet, by its hash", () => {
    const styled = pages().filter(
      (file) => elements(site.written(file), (element) => element.name === "style").length > 0,
    );
    expect(styled.length).toBeGreaterThan(0);
    expect(styled.filter((file) => !/^sources\/[^/]+\/index\.html$/.test(file))).toEqual([]);
    for (const file of styled) {
      const [style] = elements(site.written(file), (element) => element.name === "style");
      const css = style ? textContent(style) : "";
      expect(css).toContain(":target");
      const policy = contentSecurityPolicy([], [css]);
      expect(policy).toContain(`style-src 'self' ${styleHash(css)}`);
    }
    const plain = pages().find((file) => file.startsWith("claims/"));
    expect(plain && site.read(plain)).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    // The header cannot list each page's hash: it lets inline styles through to the page's own policy.
    expect(site.read("_headers")).toContain("style-src 'self' 'unsafe-inline';");
  });
});
