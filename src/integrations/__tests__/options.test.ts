import { describe, expect, it } from "vitest";
import { parseOptions } from "../options.ts";

describe("citable()'s options", () => {
  it("fill in the content folder and leave the share cards to site.yaml when none is given", () => {
    expect(parseOptions()).toEqual({ content: "content" });
    expect(parseOptions({ content: "site", shareCards: "verdict", cardCache: "/cache" })).toEqual({
      content: "site",
      shareCards: "verdict",
      cardCache: "/cache",
    });
  });

  it("refuse a misspelt option, naming it, what was given, the likely one and every option", () => {
    expect(() => parseOptions({ shareCard: "claim" })).toThrow(
      'citable() has no option "shareCard" (given "claim"). Did you mean "shareCards"? The options are "content", "shareCards" or "cardCache".',
    );
  });

  it("refuse a value outside the allowed ones, saying which are allowed", () => {
    expect(() => parseOptions({ shareCards: "claims" })).toThrow(
      'citable() option "shareCards" is "claims"; it must be "claim", "verdict" or "off".',
    );
  });

  it("refuse a value of the wrong kind, saying what the option is", () => {
    expect(() => parseOptions({ content: 42 })).toThrow(
      'citable() option "content" is 42; it must be the content folder, relative to the project\'s root.',
    );
  });

  it("say every problem at once, one per line", () => {
    expect(() => parseOptions({ contnet: "site", shareCards: "all" })).toThrow(
      [
        'citable() option "shareCards" is "all"; it must be "claim", "verdict" or "off".',
        'citable() has no option "contnet" (given "site"). Did you mean "content"? The options are "content", "shareCards" or "cardCache".',
      ].join("\n"),
    );
  });
});
