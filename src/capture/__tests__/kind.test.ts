import { describe, expect, it } from "vitest";
import { captureKind } from "../kind.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("captureKind", () => {
  it.each([
    [
      "a PDF by its first bytes, whatever its name",
      bytes("%PDF-1.7\n…"),
      "rapport.html",
      "",
      "pdf",
    ],
    ["a page by its Content-Type", bytes("Bonjour"), "", "text/html; charset=utf-8", "html"],
    ["a text by its Content-Type", bytes("<p>"), "", "text/plain", "text"],
    ["a saved page by its name", bytes("Bonjour"), "article.htm", "", "html"],
    ["a copy by its name", bytes("<p>Bonjour"), "copie.txt", "", "text"],
    ["a page by its doctype", bytes("\n<!DOCTYPE html><html>"), "sans-nom", "", "html"],
    [
      "a SingleFile page by its opening comment",
      bytes("<!--\n Page saved with SingleFile"),
      "sans-nom",
      "",
      "html",
    ],
    ["anything else as text", bytes("Le texte."), "sans-nom", "", "text"],
  ])("recognises %s", (_what, input, name, type, kind) => {
    expect(captureKind(input, name, type)).toBe(kind);
  });

  it("recognises no kind in a binary file", () => {
    expect(
      captureKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), "photo.png"),
    ).toBeUndefined();
  });
});
