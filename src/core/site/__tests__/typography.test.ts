import { describe, expect, it } from "vitest";
import { frenchSpacing } from "../typography.ts";

describe("frenchSpacing", () => {
  it.each([
    [
      "Il l’annonce lui-même : « ce sera le narcotrafic »",
      "Il l’annonce lui-même\u202f: «\u202fce sera le narcotrafic\u202f»",
    ],
    ["Vraiment ? Oui ; non !", "Vraiment\u202f? Oui\u202f; non\u202f!"],
    ["Verdict\u00a0: faux", "Verdict\u202f: faux"],
    ["https://example.org:8080/", "https://example.org:8080/"],
  ])("spaces %j as French typography asks", (text, expected) => {
    expect(frenchSpacing(text, "fr")).toBe(expected);
  });

  it("leaves English text as it is", () => {
    expect(frenchSpacing("It said : « no »", "en")).toBe("It said : « no »");
  });
});
