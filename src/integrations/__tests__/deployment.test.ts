import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { deployment, normalizeBase } from "../deployment.ts";

const FIXTURE = fileURLToPath(
  new URL("../../core/check/__tests__/fixtures/content", import.meta.url),
);

describe("deployment", () => {
  it("takes the address and base path from the environment over site.yaml", () => {
    const { site, base } = deployment(FIXTURE, {
      SITE_URL: "https://verif.example.net",
      BASE_PATH: "verif",
    });
    expect(site).toBe("https://verif.example.net");
    expect(base).toBe("/verif/");
  });

  it.each([
    ["ftp://example.org", "not http or https"],
    ["https://user@example.org", "a name before @"],
    ["https://exаmple.org", "a host mixing Latin and Cyrillic"],
  ])("refuses SITE_URL=%s (%s) with what to write instead", (address) => {
    expect(() => deployment(FIXTURE, { SITE_URL: address })).toThrow(
      `SITE_URL holds ${JSON.stringify(address)}, which is not an address the site can be served at: it must be an absolute http or https address in one alphabet, such as https://example.org. Set SITE_URL to the site's address, or unset it to use the url of site.yaml.`,
    );
  });
});

describe("normalizeBase", () => {
  it.each([
    ["verif", "/verif/"],
    ["/verif", "/verif/"],
    ["//verif/./", "/verif/"],
    ["/a//b/", "/a/b/"],
    ["", "/"],
  ])("writes %j as %j", (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
  });

  it("refuses a base that climbs out of the site", () => {
    expect(() => normalizeBase("/../../etc/")).toThrow(
      'The base path "/../../etc/" holds "..": the site\'s links would lead outside it. Write the path itself, such as /verif/.',
    );
  });
});
