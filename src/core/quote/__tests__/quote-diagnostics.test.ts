import { describe, expect, it } from "vitest";
import { checkVariant, replace } from "../../check/__tests__/variant.ts";
import { locate, type QuoteQuery } from "../locate.ts";
import { quoteProblem } from "../quote-diagnostics.ts";
import type { QuotedSource } from "../quoted-source.ts";
import { seedSource } from "./seeds.ts";

const DURAIN = "durain-legion-honneur";
const KESSACI = "kessaci-association-nationale";
const REPEATED =
  "La République serait derrière Amine dans ses combats, devant lui pour le protéger";

/** A source of the example site, as the check names it. */
function quoted(id: string): QuotedSource {
  const seed = seedSource(id);
  return {
    id,
    path: `content/sources/${id}.md`,
    text: seed.text,
    line: (offset) => seed.file.point(offset).line,
  };
}

const sources = { [DURAIN]: quoted(DURAIN), [KESSACI]: quoted(KESSACI) };

/** The reason and hint lines for citation "c" quoting `query` from the source `id`. */
function problem(id: keyof typeof sources, query: QuoteQuery): string[] {
  const source = sources[id];
  const found = quoteProblem("c", source, locate(source.text, query), query);
  return found ? [found.reason, ...(found.hint?.split("\n") ?? [])] : [];
}

/** Replaces the quote of the fixture's citation "encore". */
function quoting(lines: string): (text: string) => string {
  return replace('    quote: "La République serait derrière Amine, encore."', lines);
}

const NOT_FOUND = (id: string) =>
  `The quote of citation "c" is not in the source "${id}". Copy the passage as the source's reader sees it.`;

describe("quoteProblem", () => {
  it("says nothing of a quote found once", () => {
    expect(problem(DURAIN, { quote: "Il a écrit à Emmanuel Macron." })).toEqual([]);
  });

  it("shows the closest passage and names a missing accent", () => {
    expect(
      problem(DURAIN, {
        quote: "a fait part de son souhait de remettre la Legion d’honneur à Amine Kessaci",
      }),
    ).toEqual([
      NOT_FOUND(DURAIN),
      "Closest passage, content/sources/durain-legion-honneur.md:12 (98% similar):",
      '  "a fait part de son souhait de remettre la Légion d’honneur à Amine Kessaci"',
      "Where they differ, the source's text in [brackets]:",
      "  Line 12: …souhait de remettre la [Légion] d’honneur à Amine…",
      '    The quote has "Legion" where the source has "Légion" (é, LATIN SMALL LETTER E WITH ACUTE).',
    ]);
  });

  it("says when only the case of a letter differs", () => {
    expect(
      problem(DURAIN, { quote: "a fait part de son souhait de remettre la légion d'honneur" }),
    ).toEqual([
      NOT_FOUND(DURAIN),
      "Closest passage, content/sources/durain-legion-honneur.md:12 (98% similar):",
      '  "a fait part de son souhait de remettre la Légion d’honneur"',
      "Where they differ, the source's text in [brackets]:",
      "  Line 12: …souhait de remettre la [Légion] d’honneur à Amine…",
      '    Only the case differs: the source has "Légion", with a capital letter; the quote has "légion".',
    ]);
  });

  it("reports a misspelt word beside a typographic apostrophe, and not the apostrophe", () => {
    expect(problem(DURAIN, { quote: "de remettre la Légion d'honeur à Amine Kessaci" })).toEqual([
      NOT_FOUND(DURAIN),
      "Closest passage, content/sources/durain-legion-honneur.md:12 (97% similar):",
      '  "de remettre la Légion d’honneur à Amine Kessaci"',
      "Where they differ, the source's text in [brackets]:",
      "  Line 12: …de remettre la Légion [d’honneur] à Amine Kessaci.",
      '    The quote has "d\'honeur" where the source has "d’honneur".',
    ]);
  });

  it("names the no-break spaces and the non-breaking hyphen that a quote does not have", () => {
    const { lines } = checkVariant({
      "sources/journal.md": (text) =>
        `${text}\nIls étaient 25\u202F000 au rond\u2011point de la Porte\u00A0d’Aix, à 15\u00A0h.\n`,
      "claims/exemple.md": quoting(
        `    quote: "Ils étaient 25000 au rond-point de la Porte-d'Aix"`,
      ),
    });
    expect(lines.map((line) => line.split("\n"))).toEqual([
      [
        'content/claims/exemple.md:13:5  error  The quote of citation "encore" is not in the source "journal". Copy the passage as the source\'s reader sees it.  quote-not-found',
        "    Closest passage, content/sources/journal.md:14 (93% similar):",
        '      "Ils étaient 25\u202F000 au rond\u2011point de la Porte\u00A0d’Aix"',
        "    Where they differ, the source's text in [brackets]:",
        "      Line 14: Ils étaient 25[\u202F]000 au rond\u2011point de la…",
        "        The source has a NARROW NO-BREAK SPACE (U+202F) there (a plain space matches it); the quote has nothing.",
        "      Line 14: …étaient 25\u202F000 au rond[\u2011]point de la Porte…",
        "        The source has a NON-BREAKING HYPHEN (\u2011, U+2011) there; the quote has a HYPHEN-MINUS (-).",
        "      Line 14: …rond\u2011point de la Porte[\u00A0]d’Aix, à 15\u00A0h.",
        "        The source has a NO-BREAK SPACE (U+00A0) there (a plain space matches it); the quote has a HYPHEN-MINUS (-).",
      ],
    ]);
  });

  it("says which part of an elided quote is not in the source, and how it differs", () => {
    expect(
      problem(DURAIN, {
        quote:
          "Jérôme Durain, a fait part de son souhait […] a écrit, vendredi 21 novembre, a Emmanuel Macron",
      }),
    ).toEqual([
      NOT_FOUND(DURAIN),
      "The quote has 2 parts, separated by […]: the 1st is in the source, the 2nd is not.",
      "Closest passage to the 2nd part, content/sources/durain-legion-honneur.md:13 (97% similar):",
      '  "a écrit, vendredi 21 novembre, à Emmanuel Macron"',
      "Where they differ, the source's text in [brackets]:",
      "  Line 13: …vendredi 21 novembre, [à] Emmanuel Macron pour…",
      '    The quote has "a" where the source has "à" (à, LATIN SMALL LETTER A WITH GRAVE).',
    ]);
  });

  it("says when every part of an elided quote is there, but out of order", () => {
    expect(
      problem(DURAIN, {
        quote:
          "a écrit, vendredi 21 novembre, à Emmanuel Macron […] Jérôme Durain, a fait part de son souhait",
      }),
    ).toEqual([
      NOT_FOUND(DURAIN),
      "Each part of the quote is in the source, but not in this order within 400 characters of each other: […] may shorten a passage, not join passages that stand apart. Cite each passage in a citation of its own.",
    ]);
  });

  it("tells an elided quote out of order from a misspelt one, as the check prints it", () => {
    const { lines } = checkVariant({
      "claims/exemple.md": quoting(
        '    quote: "Un paragraphe sans rapport […] La République serait derrière Amine, encore."',
      ),
    });
    expect(lines.map((line) => line.split("\n"))).toEqual([
      [
        'content/claims/exemple.md:13:5  error  The quote of citation "encore" is not in the source "journal". Copy the passage as the source\'s reader sees it.  quote-not-found',
        "    Each part of the quote is in the source, but not in this order within 400 characters of each other: […] may shorten a passage, not join passages that stand apart. Cite each passage in a citation of its own.",
      ],
    ]);
  });

  it("suggests checking the source when no passage comes close", () => {
    expect(problem(KESSACI, { quote: REPEATED })).toEqual([
      NOT_FOUND(KESSACI),
      'No passage of content/sources/kessaci-association-nationale.md comes close to it. Check that "kessaci-association-nationale" is the right source: the quote may come from another one.',
    ]);
  });

  it("lists each place of a repeated quote with the prefix that makes it unique", () => {
    expect(problem(DURAIN, { quote: REPEATED })).toEqual([
      'The quote of citation "c" stands 3 times in the source "durain-legion-honneur". Add a prefix or a suffix (the text just before or after it) to say which one you mean.',
      'content/sources/durain-legion-honneur.md:27  prefix: "printemps."',
      'content/sources/durain-legion-honneur.md:29  prefix: "protéger"',
      'content/sources/durain-legion-honneur.md:33  prefix: "Bourgogne-Franche-Comté"',
      "Write the prefix or suffix of the place you mean in the citation, next to its quote.",
    ]);
  });

  it("suggests only prefixes that the check accepts, each at its own place", () => {
    const source = sources[DURAIN];
    const suggested = problem(DURAIN, { quote: REPEATED }).flatMap((line) => {
      const match = /:(\d+) {2}prefix: (".*")$/u.exec(line);
      return match
        ? [{ line: Number(match[1]), prefix: JSON.parse(match[2] ?? "") as string }]
        : [];
    });
    expect(suggested).toHaveLength(3);
    for (const { line, prefix } of suggested) {
      const found = locate(source.text, { quote: REPEATED, prefix });
      expect(found.kind).toBe("found");
      if (found.kind === "found") expect(source.line(found.parts[0]?.fileStart ?? 0)).toBe(line);
    }
  });

  it("shows what stands around each place of a quote whose prefix is wrong", () => {
    expect(problem(DURAIN, { quote: REPEATED, prefix: "Jérôme Durain" })).toEqual([
      'The quote of citation "c" stands in the source "durain-legion-honneur", but never with the prefix or suffix given. Check that they are the text just before and just after the quote.',
      'content/sources/durain-legion-honneur.md:27  just before: "adoptée au Parlement au printemps."  just after: "La République serait derrière Amine"',
      'content/sources/durain-legion-honneur.md:29  just before: "devant lui pour le protéger"  just after: "Jérôme Durain, président de la"',
      'content/sources/durain-legion-honneur.md:33  just before: "président de la région Bourgogne-Franche-Comté"  just after: ", a-t-il ajouté, estimant que cette"',
      "To tell them apart, give the one you mean:",
      'content/sources/durain-legion-honneur.md:27  prefix: "printemps."',
      'content/sources/durain-legion-honneur.md:29  prefix: "protéger"',
      'content/sources/durain-legion-honneur.md:33  prefix: "Bourgogne-Franche-Comté"',
    ]);
  });

  it("says a suffix is not needed when the quote stands only once", () => {
    const { lines } = checkVariant({
      "claims/exemple.md": quoting(
        '    quote: "La République serait derrière Amine, encore."\n    suffix: "Un paragraphe sur autre chose"',
      ),
    });
    expect(lines.map((line) => line.split("\n"))).toEqual([
      [
        'content/claims/exemple.md:14:5  error  The quote of citation "encore" stands in the source "journal", but never with the prefix or suffix given. Check that they are the text just before and just after the quote.  quote-context',
        '    content/sources/journal.md:10  just before: "Amine » et il l’a redit."  just after: "Un paragraphe sans rapport, avec"',
        "    The quote stands only there: remove the prefix and the suffix, or copy them from here.",
      ],
    ]);
  });
});
