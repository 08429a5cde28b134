import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../core/content/markdown.ts";
import { visibleText } from "../../core/quote/passages.ts";
import { textToMarkdown } from "../text.ts";

describe("textToMarkdown", () => {
  it("makes paragraphs from blank lines, keeping line breaks inside them", () => {
    expect(textToMarkdown("Titre\n\n09.02.2026 11:57\n2 min de lecture\n\nTexte.\n")).toBe(
      "Titre\n\n09.02.2026 11:57\n2 min de lecture\n\nTexte.",
    );
  });

  it("makes a paragraph of each line of a copy without blank lines, except lines that continue a sentence", () => {
    expect(
      textToMarkdown(
        "Il a parlé d’un « crime »\nsur fond de trafic.\nSa « bienveillance »\n. « Un sursaut »\n, a-t-il dit.\nUne autre phrase.",
      ),
    ).toBe(
      "Il a parlé d’un « crime »\nsur fond de trafic.\n\nSa « bienveillance »\n. « Un sursaut »\n, a-t-il dit.\n\nUne autre phrase.",
    );
  });

  it("keeps every character as it is: no-break spaces, apostrophes, mathematical letters", () => {
    const text = "«\u00A0Il faut un 𝐬𝐮𝐫𝐬𝐚𝐮𝐭\u00A0», dit-il\u202F: l’𝐚̀ venir.";
    expect(textToMarkdown(text)).toBe(text);
  });

  it("reads lines starting with a hyphen and a space as a list", () => {
    expect(textToMarkdown("- un ;\n- deux.\nEnsuite.")).toBe("- un ;\n- deux.\n\nEnsuite.");
  });

  it.each([
    ["# Pas un titre", "\\# Pas un titre"],
    ["1. Pas une liste", "1\\. Pas une liste"],
    ["*pas* d’emphase, ni _ici_", "\\*pas\\* d’emphase, ni \\_ici\\_"],
    ["<script>alert(1)</script>", "\\<script>alert(1)\\</script>"],
    ["[pas un lien](https://exemple.org)", "\\[pas un lien]\\(https://exemple.org)"],
    ["> pas une citation", "\\> pas une citation"],
    ["100 % des 3 × 4 élus, 5 € l’unité", "100 % des 3 × 4 élus, 5 € l’unité"],
  ])(
    "escapes what would read as Markdown, so that a reader sees the text as it was: %s",
    (text, markdown) => {
      expect(textToMarkdown(text)).toBe(markdown);
      const tree = parseMarkdown(markdown);
      expect(tree.children.map((node) => node.type)).toEqual(["paragraph"]);
      expect(visibleText(tree, markdown).text).toBe(text);
    },
  );
});
