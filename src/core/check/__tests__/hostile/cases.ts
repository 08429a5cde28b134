/**
 * The hostile corpus: what a stranger's pull request could hold, each case a
 * change to the test fixture (src/core/check/__tests__/fixtures/content) with the
 * exact lines the check must print. corpus.test.ts runs every case through
 * loadCorpus (the build's path); two-paths.test.ts runs every case through
 * checkContent (`npm run check`'s parallel path) too and compares; and
 * check-cli.test.ts runs several at once through the command itself.
 */
import { rmSync, symlinkSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { replace } from "../variant.ts";
import type { HostileCase } from "./hostile-case.ts";

export type { HostileCase };

import { HARDENING_CASES } from "./cases-hardening.ts";

/** The day the corpus is checked on, so that dates in the future stay in the future. */
export const TODAY = "2026-03-01";

/** The file that code in front matter would write, if it ever ran. */
export const MARKER = join(tmpdir(), `citable-pwned-${process.pid}`);

const CLAIM = "claims/exemple.md";
const SOURCE = "sources/journal.md";

/** A source with valid front matter (plus `front`) and `body`. */
const source = (body: string, front = "") =>
  `---\ntitle: "Une autre source"\npublisher: Le Journal\npublished: 2025-11-22\n${front}---\n${body}`;

/** The fixture claim, with `text` added to its reasoning (from line 16). */
const reasoning = (text: string) =>
  replace("puis répété [@encore].", `puis répété [@encore].\n${text}`);

/** A second claim, claims/autre.md, citing the fixture source with `quote`; `front` from line 6. */
const claim = (quote: string, front = "") =>
  `---\nclaim: "Une autre affirmation."\nverdict: faux\nsummary: "Non."\npublished: 2026-01-20\n${front}citations:\n  - id: c\n    source: journal\n    quote: ${JSON.stringify(quote)}\n---\nVoir [@c].\n`;

/** Front matter in a language whose engine would run code that writes {@link MARKER}. */
const code = (marker: string) =>
  `${marker}\nrequire("node:fs").writeFileSync(${JSON.stringify(MARKER)}, "pwned"); ({ title: "x" })\n---\nTexte.\n`;

const rawHtml = (at: string, what: string) =>
  `${at}  error  ${what} is not allowed. The site shows Markdown only. Remove it, or to show it as text, put it in \`backticks\` or write \\< for <.  raw-html`;

const unsafeUrl = (at: string, what: string, url: string, scheme: string) =>
  `${at}  error  ${what} ${JSON.stringify(url)} is a ${scheme}: address. Links and images may lead only to http, https or mailto addresses, or to a page of the site.  unsafe-url`;

const invalidId = (name: string, printed: string, why: string) =>
  `content/sources/${printed}:1:1  error  The file name ${JSON.stringify(name).replace(/\u202e/g, "\\u{202e}")} is not a valid id: ${why}. Use lowercase letters, digits and hyphens, such as gazette-2025.md.  invalid-id`;

const symbolicLink = (at: string) =>
  `${at}  error  This is a symbolic link. Content must be plain files inside the content folder: a link could make the check read, and the site publish, a file from elsewhere. Replace the link by the file itself.  symbolic-link`;

const notUtf8 = (file: string) =>
  `content/sources/${file}:1:1  error  The file is not valid UTF-8 text. Save it as UTF-8 and try again.  unreadable-file`;

const notMapping = (file: string) =>
  `content/claims/${file}:1:4  error  The front matter must be fields written as \`name: value\`, one per line.  front-matter-not-mapping`;

export const CASES: HostileCase[] = [
  // Front matter that is code: refused before gray-matter sees it, never run.
  ...(
    [
      ["---js", "js"],
      ["---javascript", "javascript"],
      ["---coffee", "coffee"],
      ["--- js", "js"],
      ["---JavaScript ", "javascript"],
    ] as const
  ).map(
    ([marker, language]): HostileCase => ({
      name: `refuses front matter marked ${JSON.stringify(marker)} without running it`,
      edits: { "sources/code.md": code(marker) },
      expected: [
        `content/sources/code.md:1:4  error  The front matter is marked as "${language}", but only YAML is accepted: content never runs code. Write the first line as --- alone and the fields in YAML.  front-matter-language`,
      ],
    }),
  ),
  {
    name: "accepts front matter marked ---yaml",
    edits: { "sources/yaml.md": source("Texte.\n").replace(/^---\n/, "---yaml\n") },
    expected: [],
  },

  // Raw HTML and unsafe addresses, in a claim's reasoning and in a source: refused.
  {
    name: "refuses a <script> element in a claim's reasoning",
    edits: { [CLAIM]: reasoning("\n<script>alert(1)</script>") },
    expected: [rawHtml("content/claims/exemple.md:17:1", "The HTML tag <script>")],
  },
  {
    name: "refuses an <iframe> in a source",
    edits: { [SOURCE]: (text) => `${text}\n<iframe src="https://evil.example/"></iframe>\n` },
    expected: [rawHtml("content/sources/journal.md:14:1", "The HTML tag <iframe>")],
  },
  {
    name: "refuses an <img onerror> inside a source's paragraph",
    edits: {
      [SOURCE]: replace("avec des mots.", 'avec des mots <img src=x onerror="alert(1)">.'),
    },
    expected: [rawHtml("content/sources/journal.md:12:45", "The HTML tag <img>")],
  },
  {
    name: "refuses an <svg onload> in a claim's reasoning, once for its two tags",
    edits: { [CLAIM]: reasoning('Voir <svg onload="alert(1)"></svg> ici.') },
    expected: [rawHtml("content/claims/exemple.md:16:6", "The HTML tag <svg>")],
  },
  {
    name: "refuses an element with a style attribute in a source",
    edits: { [SOURCE]: (text) => `${text}\n<p style="display:none">Caché.</p>\n` },
    expected: [rawHtml("content/sources/journal.md:14:1", "The HTML tag <p>")],
  },
  {
    name: "refuses an HTML link to javascript: in a claim's reasoning",
    edits: { [CLAIM]: reasoning('Lire <a href="javascript:alert(1)">la suite</a>.') },
    expected: [rawHtml("content/claims/exemple.md:16:6", "The HTML tag <a>")],
  },
  {
    name: "refuses an HTML comment in a claim's reasoning",
    edits: { [CLAIM]: reasoning("<!-- rien à voir -->") },
    expected: [rawHtml("content/claims/exemple.md:16:1", "An HTML comment")],
  },
  {
    name: "refuses a Markdown link to javascript: in a claim's reasoning",
    edits: { [CLAIM]: reasoning("[Cliquez ici](javascript:alert(1))") },
    expected: [
      unsafeUrl(
        "content/claims/exemple.md:16:1",
        "The link's address",
        "javascript:alert(1)",
        "javascript",
      ),
    ],
  },
  {
    name: "refuses a Markdown image from a data: address in a source",
    edits: {
      [SOURCE]: (text) => `${text}\n![graphique](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)\n`,
    },
    expected: [
      unsafeUrl(
        "content/sources/journal.md:14:1",
        "The image's address",
        "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
        "data",
      ),
    ],
  },
  {
    name: "refuses javascript: whose colon is a character reference",
    edits: { [SOURCE]: (text) => `${text}\n[suite](JaVaScRiPt&#58;alert(1))\n` },
    expected: [
      unsafeUrl(
        "content/sources/journal.md:14:1",
        "The link's address",
        "JaVaScRiPt:alert(1)",
        "javascript",
      ),
    ],
  },
  {
    name: "refuses javascript: split by a tab written as a character reference",
    edits: { [CLAIM]: reasoning("[suite](java&#9;script:alert(1))") },
    expected: [
      unsafeUrl(
        "content/claims/exemple.md:16:1",
        "The link's address",
        "java\tscript:alert(1)",
        "javascript",
      ),
    ],
  },
  {
    name: "refuses a link definition to javascript:",
    edits: { [CLAIM]: reasoning("Voir [la note][1].\n\n[1]: javascript:alert(1)") },
    expected: [
      unsafeUrl(
        "content/claims/exemple.md:18:1",
        "The address of the link definition [1]",
        "javascript:alert(1)",
        "javascript",
      ),
    ],
  },
  {
    name: "refuses an autolink to javascript:",
    edits: { [SOURCE]: (text) => `${text}\n<javascript:alert(1)>\n` },
    expected: [
      unsafeUrl(
        "content/sources/journal.md:14:1",
        "The link's address",
        "javascript:alert(1)",
        "javascript",
      ),
    ],
  },
  {
    name: "refuses a link to a file: address",
    edits: { [CLAIM]: reasoning("[le fichier](file:///etc/passwd)") },
    expected: [
      unsafeUrl(
        "content/claims/exemple.md:16:1",
        "The link's address",
        "file:///etc/passwd",
        "file",
      ),
    ],
  },
  {
    name: "refuses a link whose text names another site",
    edits: { [CLAIM]: reasoning("Selon [lemonde.fr](https://evil.example/article).") },
    expected: [
      `content/claims/exemple.md:16:7  error  The link's text "lemonde.fr" reads as an address, but the link leads to "evil.example". Make the text say where the link leads, or link to the address it shows.  misleading-link`,
    ],
  },
  {
    name: "refuses a link whose text imitates an address with a Cyrillic letter",
    edits: { [CLAIM]: reasoning("Selon [exаmple.org](https://example.org/).") },
    expected: [
      `content/claims/exemple.md:16:7  error  The link's text "exаmple.org" is an address written with letters of two alphabets (Latin and Cyrillic), which imitates another address. Give the link a text that is not an address, or write it in one alphabet.  misleading-link`,
    ],
  },
  {
    name: "refuses a link to a host whose name mixes alphabets",
    edits: { [SOURCE]: (text) => `${text}\nLire [l’article](https://exаmple.org/article).\n` },
    expected: [
      `content/sources/journal.md:14:6  error  The link leads to "exаmple.org", a name that mixes alphabets (Latin and Cyrillic) to imitate another address. Check the address and write it in one alphabet.  misleading-link`,
    ],
  },
  {
    name: "refuses a link that hides its host behind a user name",
    edits: {
      [CLAIM]: reasoning("Selon [https://example.org](https://example.org@evil.example/)."),
    },
    expected: [
      `content/claims/exemple.md:16:7  error  The link's address "https://example.org@evil.example/" puts "example.org" before @, so it leads to evil.example, not where it seems to. Write the address without the part before @.  misleading-link`,
    ],
  },
  {
    name: "refuses a source address that hides its host behind a user name",
    edits: {
      [SOURCE]: replace(
        "url: https://example.org/article",
        "url: https://trusted.example@other.example/article",
      ),
    },
    expected: [
      `content/sources/journal.md:5:1  error  The field "url" holds "https://trusted.example@other.example/article", which puts "trusted.example" before @, so it leads to other.example, not where it seems to. Write the address without the part before @.  misleading-link\n    url: Where the original stands, http or https only. Leave it out when unknown.`,
    ],
  },
  {
    name: "refuses a claim's appearance on a host whose name mixes alphabets",
    edits: {
      [CLAIM]: replace(
        "published: 2026-01-15",
        "published: 2026-01-15\nappearance:\n  platform: X\n  url: https://exаmple.org/post/1",
      ),
    },
    expected: [
      `content/claims/exemple.md:9:3  error  The field "appearance.url" leads to "exаmple.org", a name that mixes alphabets (Latin and Cyrillic) to imitate another address. Check the address and write it in one alphabet.  misleading-link\n    appearance.url: The address of the post, article or video, when known. Leave it out rather than guess: the page then says the address was not recorded.`,
    ],
  },
  {
    name: "refuses a site address and a publisher address that mislead",
    edits: {
      "site.yaml": (text) =>
        text
          .replace("url: https://example.org\nbase", "url: https://example.org@evil.example\nbase")
          .replace("  url: https://example.org", "  url: https://еxample.org"),
    },
    expected: [
      `content/site.yaml:5:1  error  The field "url" holds "https://example.org@evil.example", which puts "example.org" before @, so it leads to evil.example, not where it seems to. Write the address without the part before @.  misleading-link\n    url: The address the site is served at. SITE_URL overrides it.`,
      `content/site.yaml:9:3  error  The field "publisher.url" leads to "еxample.org", a name that mixes alphabets (Latin and Cyrillic) to imitate another address. Check the address and write it in one alphabet.  misleading-link\n    publisher.url: Its address.`,
    ],
  },
  {
    name: "accepts http, https, mailto, relative and fragment links, and a file name as a link's text",
    edits: {
      [CLAIM]: reasoning(
        "Voir [lemonde.fr](https://www.lemonde.fr/a), [rapport.pdf](https://example.org/r.pdf), [écrire](mailto:redaction@example.org), [une autre](/claims/autre/) et [plus haut](#citations).",
      ),
    },
    expected: [],
  },

  // Ids that would reach outside sources/: refused by their form, before any file is read.
  ...["../../etc/passwd", "/etc/passwd", "journal\0", "a%2Fb"].map(
    (id): HostileCase => ({
      name: `refuses the citation source ${JSON.stringify(id)}`,
      edits: {
        [CLAIM]: replace(
          '    source: journal\n    quote: "La',
          `    source: ${JSON.stringify(id)}\n    quote: "La`,
        ),
      },
      expected: [
        `content/claims/exemple.md:12:5  error  The field "source" of citation 2 must be lowercase letters, digits and hyphens, such as gazette-2025, but it is ${JSON.stringify(id)}.  invalid-field\n    source: The id of the cited source: its file name in sources/ without .md.`,
      ],
    }),
  ),
  {
    name: "refuses a citation id that differs from another only by case",
    edits: { [CLAIM]: replace("  - id: encore", "  - id: Dit") },
    expected: [
      `content/claims/exemple.md:11:5  error  The field "id" of citation 2 must be lowercase letters, digits and hyphens, such as gazette-2025, but it is "Dit".  invalid-field\n    id: The citation's id within the claim, used as [@id] in the body.`,
      `content/claims/exemple.md:15:32  error  [@encore] refers to no citation of this claim. Did you mean [@dit]?  undefined-citation\n    Each [@id] in the body must be the id of one of the claim's citations.`,
    ],
  },
  // File names the file system allows but ids do not; printed so that none can break a line.
  ...(
    [
      ["Journal.md", "Journal.md", 'it has the capital letter "J"'],
      ["le journal.md", "le journal.md", "it has a space"],
      ["a%2Fb.md", "a%2Fb.md", 'it has the character "%"'],
      [
        "journal\u20102.md",
        "journal\u20102.md",
        "it has the character U+2010, which is not a plain letter, digit or hyphen",
      ],
      [
        "a\nb.md",
        "a\\u{000a}b.md",
        "it has the character U+000A, which is not a plain letter, digit or hyphen",
      ],
      [
        "\u202Emd.txt.md",
        "\\u{202e}md.txt.md",
        "it has the character U+202E, which is not a plain letter, digit or hyphen",
      ],
    ] as const
  ).map(
    ([name, printed, why]): HostileCase => ({
      name: `refuses the file name ${JSON.stringify(name)}`,
      edits: { [`sources/${name}`]: source("Texte.\n") },
      expected: [invalidId(name, printed, why)],
    }),
  ),
  {
    name: "refuses a source that is a symbolic link to a file outside the content",
    edits: {},
    prepare: (content) => symlinkSync("/etc/passwd", join(content, "sources", "passwd.md")),
    expected: [symbolicLink("content/sources/passwd.md:1:1")],
  },
  {
    name: "refuses a sources folder that is a symbolic link",
    edits: {},
    prepare: (content) => {
      rmSync(join(content, "sources"), { recursive: true });
      symlinkSync("/etc", join(content, "sources"));
    },
    expected: [
      `content/claims/exemple.md:9:5  error  Citation "dit" cites the source "journal", which does not exist.  unknown-source\n    A source's id is the name of its file in sources/, without .md.`,
      `content/claims/exemple.md:12:5  error  Citation "encore" cites the source "journal", which does not exist.  unknown-source\n    A source's id is the name of its file in sources/, without .md.`,
      symbolicLink("content/sources:1:1"),
    ],
  },

  // Files built to exhaust time or memory, and files in other encodings.
  {
    name: "refuses a YAML bomb of nested aliases (a billion laughs)",
    edits: { "sources/bombe.md": `---\n${laughs()}\n---\nTexte.\n` },
    expected: [
      "content/sources/bombe.md:1:4  error  The front matter is not valid YAML: Its aliases expand to more than 100 nodes; write the values out instead.  yaml-syntax",
    ],
  },
  {
    name: "refuses front matter nested 100 000 levels deep",
    edits: {
      "sources/profond.md": `---\ntitle: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n---\nTexte.\n`,
    },
    expected: [
      "content/sources/profond.md:1:4  error  The front matter is not valid YAML: Its values are nested too deeply; write the fields as `name: value` lines.  yaml-syntax",
    ],
  },
  {
    name: "refuses a 50 MB file by its size, without reading it",
    edits: { "sources/enorme.md": "" },
    prepare: (content) => truncateSync(join(content, "sources", "enorme.md"), 50 * 1024 * 1024),
    expected: [
      "content/sources/enorme.md:1:1  error  The file is 50.0 MB, more than the 4 MB a content file may hold. Archive only the text of the document.  unreadable-file",
    ],
  },
  {
    name: "refuses a block quote nested 100 000 levels deep, and checks no quote against it",
    edits: { [SOURCE]: (text) => `${text}\n${">".repeat(100_000)} profond\n` },
    expected: [
      "content/sources/journal.md:14:1  error  Block quotes and lists are nested 100 000 levels deep here, more than the 6 that keep the text quick to check. Flatten them.  markdown-limit",
    ],
  },
  {
    name: "refuses a text of 30 000 lines",
    edits: { [SOURCE]: (text) => `${text}\n${"Une ligne.\n".repeat(30_000)}` },
    expected: [
      "content/sources/journal.md:20007:1  error  The text has more than 20 000 lines, which makes it too slow to check. Archive only the text of the document, or split it into several sources.  markdown-limit",
    ],
  },
  {
    name: "refuses 3 000 list items",
    edits: { [SOURCE]: (text) => `${text}\n${"- un point\n".repeat(3_000)}` },
    expected: [
      "content/sources/journal.md:2014:1  error  The text has more than 2 000 list items, which makes it too slow to check. Write some of them as paragraphs, or split the document.  markdown-limit",
    ],
  },
  {
    name: "refuses a paragraph of 1 001 emphasis marks in a claim's reasoning",
    edits: { [CLAIM]: reasoning("a*".repeat(1_001)) },
    expected: [
      "content/claims/exemple.md:15:1  error  This paragraph has more than 1 000 Markdown marks (* _ ` [ ] < \\), which makes it too slow to check. Split it, or leave out the marks it does not need.  markdown-limit",
    ],
  },
  {
    name: "reads a byte-order mark and CRLF line endings, and reports at the right line",
    edits: {
      [CLAIM]: (text) =>
        `\uFEFF${text.replace("verdict: vrai", "verdict: vrais").replace(/\n/g, "\r\n")}`,
    },
    expected: [
      `content/claims/exemple.md:4:1  error  The verdict "vrais" is not in the rating scale; did you mean "vrai"?  unknown-verdict\n    Verdicts: vrai, plutot-vrai, trompeur, faux, inverifiable (ratings.yaml).`,
    ],
  },
  {
    name: "refuses a file with a byte that is not UTF-8 in its middle",
    edits: {
      "sources/latin1.md": Buffer.concat([
        Buffer.from(source("Le caf")),
        Buffer.from([0xe9]),
        Buffer.from(" est servi.\n"),
      ]),
    },
    expected: [notUtf8("latin1.md")],
  },
  {
    name: "refuses a file in UTF-16",
    edits: {
      "sources/utf16.md": Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(source("Texte.\n"), "utf16le"),
      ]),
    },
    expected: [notUtf8("utf16.md")],
  },
  {
    name: "refuses an empty file",
    edits: { "sources/vide.md": "" },
    expected: [
      "content/sources/vide.md:1:1  error  The file has no front matter. Start it with a line ---, then the fields in YAML, then another line ---.  missing-front-matter",
    ],
  },
  {
    name: "refuses front matter that is a list",
    edits: { "claims/liste.md": "---\n- claim\n- verdict\n---\nTexte.\n" },
    expected: [notMapping("liste.md")],
  },
  {
    name: "refuses front matter that is a single text",
    edits: { "claims/texte.md": "---\nUne affirmation\n---\nTexte.\n" },
    expected: [notMapping("texte.md")],
  },
  {
    name: "refuses front matter that is null",
    edits: { "claims/nulle.md": "---\nnull\n---\nTexte.\n" },
    expected: [notMapping("nulle.md")],
  },
  {
    name: "reports empty front matter field by field",
    edits: { "sources/sans-champs.md": "---\n---\nTexte.\n" },
    expected: [
      `content/sources/sans-champs.md:1:1  error  The required field "title" is missing.  missing-field\n    title: The title of the document, as published.`,
      `content/sources/sans-champs.md:1:1  error  The required field "publisher" is missing.  missing-field\n    publisher: Who published it: a newspaper, an institution, a person. Write 'Non renseigné' when the copy does not say.`,
      `content/sources/sans-champs.md:1:1  error  The required field "published" is missing.  missing-field\n    published: When it was published, YYYY-MM-DD.`,
    ],
  },

  // Tags and claimants that the site would merge under one page.
  {
    name: "warns about a tag written with another case in another claim",
    edits: {
      [CLAIM]: replace("claimant: Jérôme Durain", "claimant: Jérôme Durain\ntags: [Narcotrafic]"),
      "claims/autre.md": claim(
        "Un paragraphe sans rapport, avec des mots.",
        "tags: [narcotrafic]\n",
      ),
    },
    expected: [
      'content/claims/exemple.md:4:8  warning  The tag "Narcotrafic" is written "narcotrafic" in content/claims/autre.md:6. Both go to the page /tags/narcotrafic/, which shows only one of them: write it the same way everywhere.  label-variant',
    ],
  },
  {
    name: "warns about a claimant whose accents are encoded apart (NFC and NFD)",
    edits: {
      "claims/autre.md": claim(
        "Un paragraphe sans rapport, avec des mots.",
        `claimant: ${"Jérôme Durain".normalize("NFD")}\n`,
      ),
    },
    expected: [
      `content/claims/exemple.md:3:1  warning  The claimant "Jérôme Durain" is written "${"Jérôme Durain".normalize("NFD")}" in content/claims/autre.md:6. Both go to the page /claimants/jerome-durain/, which shows only one of them: write it the same way everywhere.  label-variant\n    They look alike but their accents are encoded differently: here "J\\u{00e9}r\\u{00f4}me Durain", there "Je\\u{0301}ro\\u{0302}me Durain". Retype it.`,
    ],
  },
  {
    name: "warns about two tags of one claim that differ by accents and apostrophes",
    edits: {
      "claims/autre.md": claim(
        "Un paragraphe sans rapport, avec des mots.",
        "tags: [Légion d’honneur, legion d'honneur]\n",
      ),
    },
    expected: [
      `content/claims/autre.md:6:26  warning  The tag "legion d'honneur" is written "Légion d’honneur" in content/claims/autre.md:6. Both go to the page /tags/legion-d-honneur/, which shows only one of them: write it the same way everywhere.  label-variant`,
    ],
  },

  // Addresses in front matter: http or https only.
  ...["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/"].map(
    (url): HostileCase => ({
      name: `refuses the appearance address ${JSON.stringify(url)}`,
      edits: {
        [CLAIM]: replace(
          "verdict: vrai",
          `appearance:\n  platform: X\n  url: ${JSON.stringify(url)}\nverdict: vrai`,
        ),
      },
      expected: [
        `content/claims/exemple.md:6:3  error  The field "appearance.url" must be an absolute http or https address, such as https://example.org/page, but it is ${JSON.stringify(url)}.  invalid-field\n    appearance.url: The address of the post, article or video, when known. Leave it out rather than guess: the page then says the address was not recorded.`,
      ],
    }),
  ),

  {
    name: "refuses a source address that is a data: URL",
    edits: {
      [SOURCE]: replace(
        "url: https://example.org/article",
        'url: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="',
      ),
    },
    expected: [
      `content/sources/journal.md:5:1  error  The field "url" must be an absolute http or https address, such as https://example.org/page, but it is "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==".  invalid-field\n    url: Where the original stands, http or https only. Leave it out when unknown.`,
    ],
  },

  // Dates that cannot be true.
  {
    name: "refuses a fact-check published in the future",
    edits: { [CLAIM]: replace("published: 2026-01-15", "published: 2026-03-03") },
    expected: [
      "content/claims/exemple.md:6:1  error  The date 2026-03-03 is in the future (today is 2026-03-01). Write the date on which it happened.  future-date",
    ],
  },
  {
    name: "accepts a date of tomorrow, for contributors east of UTC",
    edits: { [CLAIM]: replace("published: 2026-01-15", "published: 2026-03-02") },
    expected: [],
  },
  {
    name: "refuses citations of a source published after the fact-check",
    edits: { [SOURCE]: replace("published: 2025-11-22", "published: 2026-02-01") },
    expected: ["dit", "encore"].map(
      (id, index) =>
        `content/claims/exemple.md:${9 + 3 * index}:5  error  Citation "${id}" cites the source "journal", published on 2026-02-01, after this fact-check (2026-01-15). Correct the dates, or set "updated" to the day the citation was added.  date-order\n    The source's date is in content/sources/journal.md.`,
    ),
  },
  {
    name: "accepts a citation of a later source in a fact-check updated since",
    edits: {
      [SOURCE]: replace("published: 2025-11-22", "published: 2026-02-01"),
      [CLAIM]: replace("published: 2026-01-15", "published: 2026-01-15\nupdated: 2026-02-02"),
    },
    expected: [],
  },
  {
    name: "refuses an update dated before publication",
    edits: {
      [CLAIM]: replace("published: 2026-01-15", "published: 2026-01-15\nupdated: 2026-01-10"),
    },
    expected: [
      "content/claims/exemple.md:7:1  error  The fact-check is updated on 2026-01-10, before it was published (2026-01-15). Correct one of the two dates.  date-order",
    ],
  },
  {
    name: "refuses a correction dated before publication",
    edits: {
      [CLAIM]: replace(
        "published: 2026-01-15",
        'published: 2026-01-15\ncorrections:\n  - date: 2026-01-02\n    note: "Une date corrigée."',
      ),
    },
    expected: [
      "content/claims/exemple.md:8:5  error  The correction is dated 2026-01-02, before the fact-check was published (2026-01-15). A correction comes after publication: check its date.  date-order",
    ],
  },
  {
    name: "refuses a claim made after its fact-check was published",
    edits: {
      [CLAIM]: replace("published: 2026-01-15", "published: 2026-01-15\nclaimDate: 2026-02-01"),
    },
    expected: [
      "content/claims/exemple.md:7:1  error  The claim is dated 2026-02-01, after the fact-check was published (2026-01-15): a claim is checked after it is made. Correct one of the two dates.  date-order",
    ],
  },
  {
    name: "refuses a source archived before it was published",
    edits: {
      [SOURCE]: replace("published: 2025-11-22", "published: 2025-11-22\narchived: 2025-11-01"),
    },
    expected: [
      "content/sources/journal.md:5:1  error  The copy is archived on 2025-11-01, before the document was published (2025-11-22). Correct one of the two dates.  date-order",
    ],
  },

  {
    name: "refuses a publication date with a time and a time zone, and shows the day to write",
    edits: {
      [CLAIM]: replace("published: 2026-01-15", "published: 2026-01-15T23:30:00-05:00"),
    },
    expected: [
      'content/claims/exemple.md:6:1  error  The field "published" must be a day, YYYY-MM-DD, without a time or a time zone, but it is "2026-01-15T23:30:00-05:00". Write 2026-01-15.  invalid-date\n    published: When the fact-check was published, YYYY-MM-DD.',
    ],
  },
  {
    name: "refuses a YAML timestamp as a source's date",
    edits: {
      [SOURCE]: replace("published: 2025-11-22", "published: 2025-11-22 08:30:00"),
    },
    expected: [
      'content/sources/journal.md:4:1  error  The field "published" must be a day, YYYY-MM-DD, without a time or a time zone, but it is "2025-11-22 08:30:00". Write 2025-11-22.  invalid-date\n    published: When it was published, YYYY-MM-DD.',
    ],
  },
  {
    name: "refuses a correction dated in UTC, and shows the day to write",
    edits: {
      [CLAIM]: replace(
        "published: 2026-01-15",
        'published: 2026-01-15\ncorrections:\n  - date: 2026-01-20Z\n    note: "Une date corrigée."',
      ),
    },
    expected: [
      'content/claims/exemple.md:8:5  error  The field "date" of correction 1 must be a day, YYYY-MM-DD, without a time or a time zone, but it is "2026-01-20Z". Write 2026-01-20.  invalid-date\n    date: When the correction was made, YYYY-MM-DD.',
    ],
  },
  {
    name: "refuses citations of a copy archived after the fact-check",
    edits: {
      [SOURCE]: replace("published: 2025-11-22", "published: 2025-11-22\narchived: 2026-02-01"),
    },
    expected: ["dit", "encore"].map(
      (id, index) =>
        `content/claims/exemple.md:${9 + 3 * index}:5  error  Citation "${id}" cites the copy of the source "journal" archived on 2026-02-01, after this fact-check (2026-01-15): the fact-check cannot have read a copy that did not exist yet. Correct the dates, or set "updated" to the day the quote was checked against this copy.  date-order\n    The copy's date is in content/sources/journal.md.`,
    ),
  },
  {
    name: "accepts a copy archived after publication in a fact-check updated since",
    edits: {
      [SOURCE]: replace("published: 2025-11-22", "published: 2025-11-22\narchived: 2026-02-01"),
      [CLAIM]: replace("published: 2026-01-15", "published: 2026-01-15\nupdated: 2026-02-01"),
    },
    expected: [],
  },

  // Quotes too short to be evidence, or stitched across paragraphs.
  {
    name: "refuses a quote of a single word",
    edits: { "claims/autre.md": claim("Amine") },
    expected: [
      'content/claims/autre.md:9:5  error  The quote of citation "c" is too short to be evidence (1 word, 5 characters). Quote at least 3 words and 12 characters, enough for a reader to recognise the passage.  quote-too-short',
    ],
  },
  {
    name: "refuses a quote of two words",
    edits: { "claims/autre.md": claim("derrière Amine") },
    expected: [
      'content/claims/autre.md:9:5  error  The quote of citation "c" is too short to be evidence (2 words, 13 characters). Quote at least 3 words and 12 characters, enough for a reader to recognise the passage.  quote-too-short',
    ],
  },
  {
    name: "refuses a quote of three short words",
    edits: { "claims/autre.md": claim("Il a dit") },
    expected: [
      'content/claims/autre.md:9:5  error  The quote of citation "c" is too short to be evidence (3 words, 6 characters). Quote at least 3 words and 12 characters, enough for a reader to recognise the passage.  quote-too-short',
    ],
  },
  {
    name: "refuses two elisions with nothing between them",
    edits: { "claims/autre.md": claim("La République serait […] […] derrière Amine, encore.") },
    expected: [
      'content/claims/autre.md:9:5  error  The quote of citation "c" has two […] with nothing between them. Each part around […] needs at least 2 words: write one […] for each passage you leave out.  quote-too-short',
    ],
  },
  {
    name: "refuses a part of an elided quote that is punctuation alone",
    edits: { "claims/autre.md": claim("La République serait […] , […] derrière Amine, encore.") },
    expected: [
      'content/claims/autre.md:9:5  error  The part "," of the quote of citation "c" is punctuation alone. Each part around […] needs at least 2 words: leave it out with the passage around it, or quote the words beside it.  quote-too-short',
    ],
  },
  {
    name: "refuses an elided quote with a part of a single word",
    edits: { "claims/autre.md": claim("La République serait derrière […] encore") },
    expected: [
      'content/claims/autre.md:9:5  error  The part "encore" of the quote of citation "c" is a single word. Each part around […] needs at least 2 words, so that an elision cannot assemble a sentence from scattered words.  quote-too-short',
    ],
  },
  {
    name: "refuses an elision that leaves out a whole paragraph",
    edits: {
      "claims/autre.md": claim("Il a dit : « La République […] sans rapport, avec des mots"),
    },
    expected: [
      `content/claims/autre.md:9:5  error  The quote of citation "c" stands in the source "journal" only if […] leaves out a whole paragraph, heading or list item. An elision may shorten a passage, not join passages that the source keeps apart: quote them in separate citations.  quote-elision\n    Its parts stand in content/sources/journal.md on lines 7 and 12.`,
    ],
  },
  {
    name: "accepts an elision from the end of one paragraph into the next",
    edits: {
      "claims/autre.md": claim(
        "La République serait derrière Amine, encore. […] sans rapport, avec des mots",
      ),
    },
    expected: [],
  },
  {
    name: "accepts a quote that runs on from one paragraph into the next",
    edits: { "claims/autre.md": claim("derrière Amine, encore. Un paragraphe sans rapport") },
    expected: [],
  },
  {
    name: "fails the claim whose quote a later edit of the source removed",
    edits: {
      [SOURCE]: replace(
        "La République serait derrière Amine, encore.",
        "La République serait derrière lui, encore.",
      ),
    },
    expected: [
      `content/claims/exemple.md:13:5  error  The quote of citation "encore" is not in the source "journal". Copy the passage as the source's reader sees it.  quote-not-found`,
    ],
  },

  {
    name: "refuses a plain number for a superscript one: 10⁵ is not 105",
    edits: {
      [SOURCE]: (text) => `${text}\nLe livre a été tiré à 10⁵ exemplaires.\n`,
      "claims/autre.md": claim("a été tiré à 105 exemplaires"),
    },
    expected: [
      `content/claims/autre.md:9:5  error  The quote of citation "c" is not in the source "journal". Copy the passage as the source's reader sees it.  quote-not-found`,
    ],
  },
  {
    name: "accepts plain letters for mathematical bold ones, and the superscript as written",
    edits: {
      [SOURCE]: (text) => `${text}\n𝐋𝐞 𝐥𝐢𝐯𝐫𝐞 𝐚 𝐞́𝐭𝐞́ 𝐭𝐢𝐫𝐞́ à 10⁵ ｅｘｅｍｐｌａｉｒｅｓ.\n`,
      "claims/autre.md": claim("Le livre a été tiré à 10⁵ exemplaires."),
    },
    expected: [],
  },

  // Each error on the line to change.
  {
    name: "reports a verdict key defined twice on the second key",
    edits: { "ratings.yaml": (text) => text.replace("  - key: plutot-vrai", "  - key: vrai") },
    expected: [
      'content/ratings.yaml:16:5  error  The verdict key "vrai" is defined twice. Give each verdict its own key.  duplicate-verdict\n    It is first defined on line 7.',
    ],
  },
  {
    name: "reports a field written twice on its second occurrence",
    edits: { [CLAIM]: replace("verdict: vrai", "verdict: vrai\nverdict: faux") },
    expected: [
      'content/claims/exemple.md:5:1  error  The front matter is not valid YAML: The field "verdict" is written a second time here. Keep one of the two.  yaml-syntax',
    ],
  },
  {
    name: "reports a prefix that does not stand before a unique quote on the prefix's line",
    edits: {
      [CLAIM]: replace(
        '    quote: "La République serait derrière Amine, encore."',
        '    quote: "La République serait derrière Amine, encore."\n    prefix: "rien à voir"',
      ),
    },
    expected: [
      `content/claims/exemple.md:14:5  error  The quote of citation "encore" stands in the source "journal", but never with the prefix or suffix given. Check that they are the text just before and just after the quote.  quote-context\n    content/sources/journal.md:10  just before: "Amine » et il l’a redit."  just after: "Un paragraphe sans rapport, avec"\n    The quote stands only there: remove the prefix and the suffix, or copy them from here.`,
    ],
  },
  {
    name: "reports the suffix, not the prefix, when only the suffix is wrong",
    edits: {
      [CLAIM]: replace(
        '    quote: "La République serait derrière Amine, encore."',
        '    quote: "La République serait derrière Amine, encore."\n    prefix: "il l’a redit."\n    suffix: "rien à voir"',
      ),
    },
    expected: [
      `content/claims/exemple.md:15:5  error  The quote of citation "encore" stands in the source "journal", but never with the prefix or suffix given. Check that they are the text just before and just after the quote.  quote-context\n    content/sources/journal.md:10  just before: "Amine » et il l’a redit."  just after: "Un paragraphe sans rapport, avec"\n    The quote stands only there: remove the prefix and the suffix, or copy them from here.`,
    ],
  },

  // Messages a newcomer can act on.
  {
    name: "explains a value holding a colon, and shows it in double quotes",
    edits: {
      [CLAIM]: replace(
        'summary: "Il l’a dit, deux fois."',
        "summary: Faux : il l’a dit, deux fois.",
      ),
    },
    expected: [
      'content/claims/exemple.md:5:10  error  The front matter is not valid YAML: The value of "summary" holds ": ", which YAML reads as the start of another field. Put the value in double quotes: summary: "Faux : il l’a dit, deux fois."  yaml-syntax',
    ],
  },
  {
    name: "reports a verdict written with a capital once, with the key to write",
    edits: { [CLAIM]: replace("verdict: vrai", "verdict: Vrai") },
    expected: [
      'content/claims/exemple.md:4:1  error  The verdict "Vrai" is not in the rating scale; did you mean "vrai"?  unknown-verdict\n    Verdicts: vrai, plutot-vrai, trompeur, faux, inverifiable (ratings.yaml).',
    ],
  },
  {
    name: "reports a verdict written as its label once, with the key to write",
    edits: { [CLAIM]: replace("verdict: vrai", "verdict: Plutôt vrai") },
    expected: [
      'content/claims/exemple.md:4:1  error  The verdict "Plutôt vrai" is not in the rating scale; did you mean "plutot-vrai"?  unknown-verdict\n    Verdicts: vrai, plutot-vrai, trompeur, faux, inverifiable (ratings.yaml).',
    ],
  },
  {
    name: "recognises (…) in a quote as an elision written the newspapers' way",
    edits: { "claims/autre.md": claim("La République serait (…) Amine, encore.") },
    expected: [
      'content/claims/autre.md:9:5  error  The quote of citation "c" is not in the source "journal": it holds "(…)", which the check reads as text, not as an elision. To leave words out, write […] with square brackets.  quote-not-found',
    ],
  },

  // Text that would forge lines of the check's output, or commands to GitHub Actions.
  {
    name: "prints a verdict holding a line break and a GitHub command on one line",
    edits: {
      [CLAIM]: replace("verdict: vrai", 'verdict: "vrai\\n::error file=README.md::pwned"'),
    },
    expected: [
      `content/claims/exemple.md:4:1  error  The verdict "vrai\\u{000a}::error file=README.md::pwned" is not in the rating scale; did you mean "inverifiable"?  unknown-verdict\n    Verdicts: vrai, plutot-vrai, trompeur, faux, inverifiable (ratings.yaml).`,
    ],
  },

  ...HARDENING_CASES,
];

/**
 * Nine levels of aliases, each a list of nine of the level before: 9⁹, nearly
 * 400 million nodes once expanded, in 700 bytes.
 */
function laughs(): string {
  const names = "abcdefghi";
  const lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let k = 1; k < names.length; k++) {
    const before = `*${names[k - 1]}`;
    lines.push(`${names[k]}: &${names[k]} [${Array(9).fill(before).join(", ")}]`);
  }
  return lines.join("\n");
}
