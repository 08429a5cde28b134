import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkVariant, replace } from "./variant.ts";

const CLAIM = "claims/exemple.md";
const SOURCE = "sources/journal.md";

describe("loadCorpus", () => {
  it("accepts the fixture as it is", () => {
    expect(checkVariant({}).lines).toEqual([]);
  });

  it("reports a misspelt word in a quote, with the closest passage and the difference", () => {
    const { lines } = checkVariant({
      [CLAIM]: replace("derrière Amine, encore", "derrière Amina, encore"),
    });
    expect(lines).toEqual([
      [
        'content/claims/exemple.md:13:5  error  The quote of citation "encore" is not in the source "journal". Copy the passage as the source\'s reader sees it.  quote-not-found',
        "    Closest passage, content/sources/journal.md:10 (97% similar):",
        '      "La République serait derrière Amine, encore."',
        "    Where they differ, the source's text in [brackets]:",
        "      Line 10: …serait derrière [Amine], encore.",
        '        The quote has "Amina" where the source has "Amine".',
      ].join("\n"),
    ]);
  });

  it("reports an unknown source, with the closest id", () => {
    const { lines } = checkVariant({
      [CLAIM]: replace('    source: journal\n    quote: "La', '    source: jounal\n    quote: "La'),
    });
    expect(lines).toEqual([
      [
        'content/claims/exemple.md:12:5  error  Citation "encore" cites the source "jounal", which does not exist; did you mean "journal"?  unknown-source',
        "    A source's id is the name of its file in sources/, without .md.",
      ].join("\n"),
    ]);
  });

  it("reports an unknown verdict, with the closest key and the scale", () => {
    const { lines } = checkVariant({ [CLAIM]: replace("verdict: vrai", "verdict: vrais") });
    expect(lines).toEqual([
      [
        'content/claims/exemple.md:4:1  error  The verdict "vrais" is not in the rating scale; did you mean "vrai"?  unknown-verdict',
        "    Verdicts: vrai, plutot-vrai, trompeur, faux, inverifiable (ratings.yaml).",
      ].join("\n"),
    ]);
  });

  it("reports a quote that now stands twice in its source, with each place", () => {
    const { lines } = checkVariant({
      [SOURCE]: (text) => `${text}\nLa République serait derrière Amine, encore.\n`,
    });
    expect(lines).toEqual([
      [
        'content/claims/exemple.md:13:5  error  The quote of citation "encore" stands 2 times in the source "journal". Add a prefix or a suffix (the text just before or after it) to say which one you mean.  quote-ambiguous',
        '    content/sources/journal.md:10  prefix: "redit."',
        '    content/sources/journal.md:14  prefix: "mots."',
        "    Write the prefix or suffix of the place you mean in the citation, next to its quote.",
      ].join("\n"),
    ]);
  });

  it("reports a date that is not in the calendar", () => {
    const { lines } = checkVariant({
      [CLAIM]: replace("published: 2026-01-15", "published: 2026-13-45"),
    });
    expect(lines).toEqual([
      [
        'content/claims/exemple.md:6:1  error  The field "published" must be a real date in the form YYYY-MM-DD, such as 2026-02-09, but it is "2026-13-45".  invalid-date',
        "    published: When the fact-check was published, YYYY-MM-DD.",
      ].join("\n"),
    ]);
  });

  it("reports invalid YAML at its line", () => {
    const { lines } = checkVariant({
      [CLAIM]: replace('summary: "Il l’a dit, deux fois."', "summary: [Il l’a dit"),
    });
    expect(lines).toEqual([
      "content/claims/exemple.md:6:1  error  The front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].  yaml-syntax",
    ]);
  });

  it("reports a missing required field, with what the field is for", () => {
    const { lines } = checkVariant({ [CLAIM]: replace('summary: "Il l’a dit, deux fois."\n', "") });
    expect(lines).toEqual([
      [
        'content/claims/exemple.md:2:1  error  The required field "summary" is missing.  missing-field',
        "    summary: The conclusion, in one or two sentences.",
      ].join("\n"),
    ]);
  });

  it("reports a misspelt field name, with the field it resembles", () => {
    const { lines } = checkVariant({
      [CLAIM]: replace("claimant: Jérôme Durain", "claimnt: Jérôme Durain"),
    });
    expect(lines[0]?.split("\n")[0]).toBe(
      'content/claims/exemple.md:3:1  error  The field "claimnt" is not part of the format; did you mean "claimant"?  unknown-field',
    );
  });

  it("reports a field of the wrong type inside a citation, by its path", () => {
    const { lines } = checkVariant({
      [CLAIM]: replace(
        '    source: journal\n    quote: "La',
        '    source: [journal]\n    quote: "La',
      ),
    });
    expect(lines[0]?.split("\n")[0]).toBe(
      'content/claims/exemple.md:12:5  error  The field "source" of citation 2 must be a text, but it is a list.  invalid-field',
    );
  });

  it("reports a citation id used twice", () => {
    const { lines } = checkVariant({
      [CLAIM]: replace("  - id: encore", "  - id: dit").bind(null),
    });
    expect(lines).toContain(
      [
        'content/claims/exemple.md:11:5  error  The citation id "dit" is used twice in this claim. Give each citation its own id.  duplicate-citation',
        "    It is first used on line 8.",
      ].join("\n"),
    );
  });

  it("reports [@id] in the body that no citation defines, at its line and column", () => {
    const { lines } = checkVariant({
      [CLAIM]: replace("répété [@encore]", "répété [@encor] [@encore]"),
    });
    expect(lines).toEqual([
      [
        "content/claims/exemple.md:15:32  error  [@encor] refers to no citation of this claim. Did you mean [@encore]?  undefined-citation",
        "    Each [@id] in the body must be the id of one of the claim's citations.",
      ].join("\n"),
    ]);
  });

  it("warns about a citation that the body never uses", () => {
    const { lines, diagnostics } = checkVariant({
      [CLAIM]: replace(", puis répété [@encore]", ""),
    });
    expect(lines).toEqual([
      'content/claims/exemple.md:11:5  warning  Citation "encore" is never referred to in the body. Write [@encore] where the reasoning relies on it.  unused-citation',
    ]);
    expect(diagnostics[0]?.severity).toBe("warning");
  });

  it("refuses JavaScript front matter without running it", () => {
    const marker = join(process.cwd(), "node_modules", ".citable-pwned");
    const payload = `---js\n{ title: require("fs").writeFileSync(${JSON.stringify(marker)}, "x") }\n---\nTexte.\n`;
    const { lines } = checkVariant({ "sources/evil.md": payload });
    expect(lines).toEqual([
      'content/sources/evil.md:1:4  error  The front matter is marked as "js", but only YAML is accepted: content never runs code. Write the first line as --- alone and the fields in YAML.  front-matter-language',
    ]);
    expect(existsSync(marker)).toBe(false);
  });

  it("reports a file without front matter", () => {
    const { lines } = checkVariant({ "sources/nue.md": "Juste du texte.\n" });
    expect(lines).toEqual([
      "content/sources/nue.md:1:1  error  The file has no front matter. Start it with a line ---, then the fields in YAML, then another line ---.  missing-front-matter",
    ]);
  });

  it("reports front matter that is a list rather than fields", () => {
    const { lines } = checkVariant({ "sources/liste.md": "---\n- a\n- b\n---\nTexte.\n" });
    expect(lines).toEqual([
      "content/sources/liste.md:1:4  error  The front matter must be fields written as `name: value`, one per line.  front-matter-not-mapping",
    ]);
  });

  it("reports a file that is not valid UTF-8", () => {
    const { lines } = checkVariant({
      "sources/latin1.md": Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]),
    });
    expect(lines).toEqual([
      "content/sources/latin1.md:1:1  error  The file is not valid UTF-8 text. Save it as UTF-8 and try again.  unreadable-file",
    ]);
  });

  it("reports a file name that is not a valid id", () => {
    const { lines } = checkVariant({ "sources/Mon_Article.md": "---\ntitle: x\n---\n" });
    expect(lines).toEqual([
      'content/sources/Mon_Article.md:1:1  error  The file name "Mon_Article.md" is not a valid id: it has the capital letter "M". Use lowercase letters, digits and hyphens, such as gazette-2025.md.  invalid-id',
    ]);
  });

  it("reports a source url that is not http or https", () => {
    const { lines } = checkVariant({
      [SOURCE]: replace("url: https://example.org/article", "url: javascript:alert(1)"),
    });
    expect(lines[0]?.split("\n")[0]).toBe(
      'content/sources/journal.md:5:1  error  The field "url" must be an absolute http or https address, such as https://example.org/page, but it is "javascript:alert(1)".  invalid-field',
    );
  });

  it("reports a verdict colour too light for the badge's white text", () => {
    const { lines } = checkVariant({
      "ratings.yaml": replace('color: "#3f6e12"', 'color: "#5a8a1f"'),
    });
    expect(lines).toEqual([
      'content/ratings.yaml:18:5  error  The colour #5a8a1f of the verdict "plutot-vrai" is too light for the badge\'s white text (contrast 4.1:1; at least 4.5:1 is needed to be read). Choose a darker colour.  verdict-contrast',
    ]);
  });

  it("handles a byte-order mark and CRLF line endings", () => {
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, "\r\n")}`;
    expect(checkVariant({ [CLAIM]: crlf, [SOURCE]: crlf }).lines).toEqual([]);
  });

  it("reports every problem at once, in every file", () => {
    const { lines } = checkVariant({
      [CLAIM]: (text) =>
        text
          .replace("verdict: vrai", "verdict: vrais")
          .replace("published: 2026-01-15", "published: 2026-13-45"),
      "claims/autre.md": "---\nclaim: x\n",
    });
    expect(lines.map((line) => line.split("  ")[0])).toEqual([
      "content/claims/autre.md:1:1",
      "content/claims/exemple.md:4:1",
      "content/claims/exemple.md:6:1",
    ]);
  });
});
