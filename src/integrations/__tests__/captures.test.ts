/** The sources' captures on the built site: linked from the source page, the same bytes, never run as a page. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, openSite, variants } from "../../../test/support/built-site.ts";
import { fixtureFile } from "../../../test/support/fixture-site.ts";
import { attribute, elements } from "../../../test/support/html.ts";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe.each(variants)("the captures of the site built $name", (deployment) => {
  let site: BuiltSite;
  beforeAll(() => {
    site = openSite(deployment, inject("sites")[deployment.key]);
  });

  it.each(["durain-legion-honneur", "kessaci-association-nationale"])(
    "links the source page of %s to its original copy, with the bytes the check verified",
    (id) => {
      const page = site.page(`sources/${id}/index.html`);
      if (!page) throw new Error(`No page for ${id}.`);
      const [link, ...others] = elements(
        page,
        (element) => attribute(element, "data-capture") !== undefined,
      );
      expect(others).toEqual([]);
      expect(link && attribute(link, "href")).toBe(`${deployment.base}captures/${id}.txt`);
      expect(link && attribute(link, "download")).toBe(`${id}.txt`);
      const original = readFileSync(fixtureFile(`captures/${id}.txt`));
      const served = readFileSync(join(site.dir, "captures", `${id}.txt`));
      expect(sha256(served)).toBe(sha256(original));
      const fingerprint =
        deployment.lang === "en" ? "SHA-256 fingerprint: " : "Empreinte SHA-256\u202f: ";
      expect(link && attribute(link, "title")).toBe(`${fingerprint}${sha256(original)}`);
    },
  );

  it("serves the captures as downloads in a sandbox on hosts that read _headers", () => {
    expect(site.read("_headers")).toContain(
      `${deployment.base}captures/*\n  Content-Disposition: attachment\n  Content-Security-Policy: sandbox; default-src 'none'\n`,
    );
  });
});
