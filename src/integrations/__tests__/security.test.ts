/**
 * What the built pages may run: only script files of the site itself, no inline
 * script or event handler, and the Content Security Policy that forbids the rest.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, openSite, variants } from "../../../test/support/built-site.ts";
import { attribute, elements, textContent } from "../../../test/support/html.ts";
import { CONTENT_SECURITY_POLICY, headersFile } from "../csp.ts";

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
      const metas = elements(
        site.written(file),
        (element) =>
          element.name === "meta" && attribute(element, "http-equiv") === "Content-Security-Policy",
      );
      const [meta] = metas;
      return metas.length !== 1 || !meta || attribute(meta, "content") !== CONTENT_SECURITY_POLICY;
    });
    expect(missing).toEqual([]);
    expect(site.read("_headers")).toBe(headersFile(deployment.base));
  });
});
