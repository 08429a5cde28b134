import { describe, expect, it } from "vitest";
import { userAgent } from "../user-agent.ts";

describe("userAgent", () => {
  it("names the site and its address in characters a header can carry", () => {
    expect(userAgent({ name: "Citable : l’exemple — vérifié", url: "https://example.org" })).toBe(
      "Citable (+https://example.org; archiving the sources of Citable : l'exemple  verifie)",
    );
  });

  it("stays generic without settings", () => {
    expect(userAgent(undefined)).toBe("Citable (archiving the sources of a fact-check site)");
  });
});
