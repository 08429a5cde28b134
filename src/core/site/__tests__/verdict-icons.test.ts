import { describe, expect, it } from "vitest";
import { VERDICT_ICONS } from "../../schema/settings.ts";
import { defaultIcon, verdictIconMask, verdictIconSvg } from "../verdict-icons.ts";

const scale = { best: 4, worst: 1 };

describe("defaultIcon", () => {
  it.each([
    [4, "check"],
    [3, "mostly"],
    [2, "misleading"],
    [1, "cross"],
    [undefined, "unknown"],
  ] as const)("gives the verdict of value %s the icon %s", (value, icon) => {
    expect(defaultIcon(value, scale)).toBe(icon);
  });
});

describe("verdictIconSvg", () => {
  it("draws every icon as an inline SVG hidden from screen readers, in the text's colour", () => {
    for (const icon of VERDICT_ICONS) {
      const svg = verdictIconSvg(icon);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 24 24"/);
      expect(svg).toContain('aria-hidden="true"');
      expect(svg).toContain('stroke="currentColor"');
      expect(svg).toContain('width="1em"');
    }
  });

  it("gives each icon a drawing of its own", () => {
    expect(new Set(VERDICT_ICONS.map((icon) => verdictIconSvg(icon))).size).toBe(
      VERDICT_ICONS.length,
    );
  });

  it("draws at a size and in a colour for the share card", () => {
    expect(verdictIconSvg("cross", 72, "#ffffff")).toContain(
      'width="72" height="72" fill="none" stroke="#ffffff"',
    );
  });
});

describe("verdictIconMask", () => {
  it("gives each icon as a CSS url() of an SVG data address, drawn opaque for a mask", () => {
    for (const icon of VERDICT_ICONS) {
      const mask = verdictIconMask(icon);
      expect(mask).toMatch(
        /^url\("data:image\/svg\+xml,%3Csvg xmlns='http:\/\/www\.w3\.org\/2000\/svg' /,
      );
      expect(mask).toMatch(/%3C\/svg%3E"\)$/);
      expect(mask).toContain("stroke='%23000'");
    }
  });

  it("leaves no character that would end the url() or the data address early", () => {
    for (const icon of VERDICT_ICONS) {
      const data = verdictIconMask(icon).slice('url("'.length, -'")'.length);
      expect(data).not.toMatch(/["<>#\\]/);
    }
  });

  it("decodes to the same drawing as the SVG the share card uses", () => {
    for (const icon of VERDICT_ICONS) {
      const data = verdictIconMask(icon).slice('url("data:image/svg+xml,'.length, -'")'.length);
      const svg = decodeURIComponent(data).replaceAll("'", '"');
      expect(svg).toBe(
        verdictIconSvg(icon, 24, "#000").replace(' aria-hidden="true" focusable="false"', ""),
      );
    }
  });
});
