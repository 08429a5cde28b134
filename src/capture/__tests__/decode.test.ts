import { describe, expect, it } from "vitest";
import { charsetOf, decodePage } from "../decode.ts";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === "string" ? [...new TextEncoder().encode(part)] : part,
    ),
  );

describe("decodePage", () => {
  it("reads UTF-8 that declares nothing as UTF-8", () => {
    expect(decodePage(bytes("<p>L’élu « ici »</p>"))).toEqual({
      text: "<p>L’élu « ici »</p>",
      encoding: "utf-8",
    });
  });

  it("reads a page that declares nothing and is not UTF-8 as Windows-1252", () => {
    expect(
      decodePage(bytes("<p>L", [0x92, 0xe9], "lu ", [0xab, 0xa0], "ici", [0xa0, 0xbb], "</p>")),
    ).toEqual({
      text: "<p>L’élu «\u00A0ici\u00A0»</p>",
      encoding: "windows-1252",
    });
  });

  it("follows a meta charset near the top", () => {
    expect(decodePage(bytes('<meta charset="iso-8859-15"><p>', [0xa4], "</p>")).text).toBe(
      '<meta charset="iso-8859-15"><p>€</p>',
    );
  });

  it("puts the HTTP charset before the page's own", () => {
    expect(
      decodePage(bytes('<meta charset="utf-8"><p>', [0xe9], "</p>"), "windows-1252").text,
    ).toBe('<meta charset="utf-8"><p>é</p>');
  });

  it("puts a byte-order mark before everything", () => {
    expect(decodePage(bytes([0xef, 0xbb, 0xbf], "<p>é</p>"), "windows-1252")).toEqual({
      text: "<p>é</p>",
      encoding: "utf-8",
    });
  });

  it("ignores a charset it does not know", () => {
    expect(decodePage(bytes('<meta charset="klingon"><p>é</p>')).encoding).toBe("utf-8");
  });
});

describe("charsetOf", () => {
  it.each([
    ["text/html; charset=ISO-8859-1", "ISO-8859-1"],
    ['text/html; charset="utf-8"', "utf-8"],
    ["text/html", undefined],
    [undefined, undefined],
  ])("reads the charset of %s", (header, charset) => {
    expect(charsetOf(header)).toBe(charset);
  });
});
