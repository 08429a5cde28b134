import { describe, expect, it } from "vitest";
import { ogLocale } from "../locale.ts";

describe("ogLocale", () => {
  it.each([
    ["fr", "fr_FR"],
    ["en", "en_GB"],
    ["en-US", "en_US"],
    ["pt-br", "pt_BR"],
    ["fr-CA", "fr_CA"],
    ["sr-Latn", "sr_SR"],
  ])("writes %s as %s", (lang, locale) => {
    expect(ogLocale(lang)).toBe(locale);
  });
});
