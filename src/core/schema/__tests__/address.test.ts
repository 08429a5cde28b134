import { describe, expect, it } from "vitest";
import { addressProblem } from "../address.ts";

describe("addressProblem", () => {
  it.each([
    ["https://example.org/article"],
    ["http://example.org"],
    ["https://www.lemonde.fr/a?b=c#d"],
    ["https://xn--bcher-kva.example/"],
  ])("accepts %s in a field", (url) => {
    expect(addressProblem(url)).toBeUndefined();
  });

  it.each([
    ["javascript:alert(1)", { kind: "scheme", scheme: "javascript" }],
    ["mailto:redaction@example.org", { kind: "scheme", scheme: "mailto" }],
    ["/claims/autre/", { kind: "scheme", scheme: undefined }],
    [
      "https://trusted.example@other.example/a",
      { kind: "user", user: "trusted.example", host: "other.example" },
    ],
    ["https://:secret@other.example/", { kind: "user", user: ":secret", host: "other.example" }],
    [
      "https://exаmple.org/post",
      { kind: "mixed-host", host: "exаmple.org", scripts: "Latin and Cyrillic" },
    ],
  ])("refuses %s in a field", (url, problem) => {
    expect(addressProblem(url)).toEqual(problem);
  });

  it.each([["mailto:redaction@example.org"], ["/claims/autre/"], ["#citations"]])(
    "accepts %s as a link of a body",
    (url) => {
      expect(addressProblem(url, { link: true })).toBeUndefined();
    },
  );

  it("refuses a link whose text reads as another address, and accepts one to a subdomain", () => {
    expect(addressProblem("https://evil.example/", { link: true, text: "lemonde.fr" })).toEqual({
      kind: "other-host",
      text: "lemonde.fr",
      target: "evil.example",
    });
    expect(
      addressProblem("https://www.lemonde.fr/a", { link: true, text: "lemonde.fr" }),
    ).toBeUndefined();
  });

  it("reads a scheme as a browser does, through tabs and leading spaces", () => {
    expect(addressProblem(" java\tscript:alert(1)", { link: true })).toEqual({
      kind: "scheme",
      scheme: "javascript",
    });
  });
});
