import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { dayOf, languageOf, pageMetadata } from "../metadata.ts";

const JSON_LD = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Titre JSON-LD","datePublished":"2026-01-02T08:00:00+01:00","author":{"@type":"Person","name":"Ana Ruiz"},"publisher":{"@type":"Organization","name":"Éditeur JSON-LD"},"inLanguage":"fr-FR","url":"https://jsonld.example/a"}</script>`;
const OPEN_GRAPH = `<meta property="og:title" content="Titre OG"><meta property="og:site_name" content="Éditeur OG"><meta property="article:published_time" content="2026-01-03"><meta property="article:author" content="Bruno Lefèvre"><meta property="og:locale" content="en_GB"><meta property="og:url" content="https://og.example/a">`;
const DUBLIN_CORE = `<meta name="DC.title" content="Titre DC"><meta name="DC.publisher" content="Éditeur DC"><meta name="DC.date.issued" content="2026-01-04"><meta name="DC.creator" content="Chloé Martin"><meta name="DC.language" content="de">`;
const CITATION = `<meta name="citation_title" content="Titre citation"><meta name="citation_publisher" content="Éditeur citation"><meta name="citation_publication_date" content="2026/01/05"><meta name="citation_author" content="Dupont, Jean"><meta name="citation_author" content="Durand, Marie"><meta name="citation_language" content="es">`;

const page = (head: string, lang = "it") =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>Titre HTML</title>${head}</head><body></body></html>`;
const read = (html: string) => pageMetadata(parseHTML(html).document, html);

describe("pageMetadata", () => {
  it("trusts JSON-LD first", () => {
    expect(read(page(JSON_LD + OPEN_GRAPH + DUBLIN_CORE + CITATION))).toEqual({
      title: { value: "Titre JSON-LD", origin: "JSON-LD" },
      publisher: { value: "Éditeur JSON-LD", origin: "JSON-LD" },
      published: { value: "2026-01-02T08:00:00+01:00", origin: "JSON-LD" },
      author: { value: ["Ana Ruiz"], origin: "JSON-LD" },
      lang: { value: "fr-FR", origin: "JSON-LD" },
      url: { value: "https://jsonld.example/a", origin: "JSON-LD" },
    });
  });

  it("then Open Graph and article tags", () => {
    expect(read(page(OPEN_GRAPH + DUBLIN_CORE + CITATION))).toEqual({
      title: { value: "Titre OG", origin: "Open Graph" },
      publisher: { value: "Éditeur OG", origin: "Open Graph" },
      published: { value: "2026-01-03", origin: "Open Graph" },
      author: { value: ["Bruno Lefèvre"], origin: "Open Graph" },
      lang: { value: "en-GB", origin: "Open Graph" },
      url: { value: "https://og.example/a", origin: "Open Graph" },
    });
  });

  it("then Dublin Core, then citation tags", () => {
    expect(read(page(DUBLIN_CORE + CITATION))).toMatchObject({
      title: { value: "Titre DC", origin: "Dublin Core" },
      author: { value: ["Chloé Martin"], origin: "Dublin Core" },
      lang: { value: "de", origin: "Dublin Core" },
    });
    expect(read(page(CITATION))).toMatchObject({
      title: { value: "Titre citation", origin: "citation tags" },
      publisher: { value: "Éditeur citation", origin: "citation tags" },
      published: { value: "2026/01/05", origin: "citation tags" },
      author: { value: ["Dupont, Jean", "Durand, Marie"], origin: "citation tags" },
    });
  });

  it("then the HTML title and language, and invents nothing else", () => {
    expect(read(page(""))).toEqual({
      title: { value: "Titre HTML", origin: "HTML" },
      publisher: undefined,
      published: undefined,
      author: undefined,
      lang: { value: "it", origin: "HTML" },
      url: undefined,
    });
  });

  it("skips invalid JSON-LD and author pages given as addresses", () => {
    const broken = '<script type="application/ld+json">{"@type": "NewsArticle", </script>';
    const authorPage =
      '<meta property="article:author" content="https://facebook.example/journal">';
    expect(read(page(broken + authorPage))).toMatchObject({
      title: { origin: "HTML" },
      author: undefined,
    });
  });
});

describe("dayOf", () => {
  it.each([
    ["2025-11-22T18:41:00+01:00", "2025-11-22"],
    ["2025-11-22T23:30:00-05:00", "2025-11-22"],
    ["2026/01/05", "2026-01-05"],
    ["2026-02-09", "2026-02-09"],
    ["9 février 2026", undefined],
    ["2026", undefined],
  ])("reads %s as %s, the day in the page's own time zone", (written, day) => {
    expect(dayOf(written)).toBe(day);
  });
});

describe("languageOf", () => {
  it.each([
    ["fr-FR", "fr"],
    ["FR", "fr"],
    ["en_GB", "en"],
    ["français", undefined],
  ])("reads %s as %s", (written, lang) => {
    expect(languageOf(written)).toBe(lang);
  });
});
