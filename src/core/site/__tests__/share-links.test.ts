import { describe, expect, it } from "vitest";
import { shareLinks } from "../share-links.ts";

const URL_ = "https://example.org/claims/kessaci-20-ans/";
const TITLE = "Faux\u202f: Amine Kessaci n’a que 20 ans & plus";

describe("shareLinks", () => {
  const links = shareLinks(URL_, TITLE, "E-mail");

  it("gives WhatsApp, X, Facebook, Bluesky and e-mail, in that order", () => {
    expect(links.map((link) => link.label)).toEqual([
      "WhatsApp",
      "X",
      "Facebook",
      "Bluesky",
      "E-mail",
    ]);
  });

  it("carries the page's address and its title, encoded, to each network", () => {
    for (const link of links) {
      const params = new URL(link.href).searchParams;
      const carried = [...params.values()].join(" ");
      expect(carried, link.key).toContain(URL_);
      if (link.key !== "facebook") expect(carried, link.key).toContain(TITLE);
    }
  });

  it("writes spaces as %20, which mail programs read, never +", () => {
    const email = links.find((link) => link.key === "email")?.href ?? "";
    expect(email).toMatch(/^mailto:\?subject=Faux%E2%80%AF%3A%20Amine/);
    expect(email).not.toContain("+");
  });
});
