/**
 * The rule ids of Citable's diagnostics, one place for all of them, as
 * remark-validate-links names its messages. A rule id is printed at the end of
 * each diagnostic line so that a contributor can look it up.
 *
 * Content comes from strangers' pull requests, and the policy for what could
 * harm readers is to refuse, with an error that names the line, rather than to
 * sanitise: nothing a contributor wrote silently changes on its way to the
 * site, and a fact-checker reviewing the pull request sees exactly what was
 * refused. The same rules apply to claims and to sources: raw HTML
 * (`raw-html`), addresses that are not http, https, mailto or relative
 * (`unsafe-url`), and link texts that pose as another address
 * (`misleading-link`). The renderer still drops such addresses
 * (src/core/site/render.ts), in case a page is ever rendered from unchecked
 * content.
 */
export const Rule = {
  /** The file cannot be read or is not valid UTF-8. */
  unreadableFile: "unreadable-file",
  /**
   * A symbolic link in sources/ or claims/ (or one of those folders a link):
   * it could make the check read, and the site publish, a file from outside
   * the content folder.
   */
  symbolicLink: "symbolic-link",
  /** A file in sources/ or claims/ that is not a `.md` file. */
  ignoredFile: "ignored-file",
  /** A file name is not a valid id (lowercase letters, digits, hyphens). */
  invalidId: "invalid-id",
  /**
   * A Markdown body beyond the limits that keep checking fast (lines, nesting,
   * list items, emphasis and link marks): see `MARKDOWN_LIMITS`.
   */
  markdownLimit: "markdown-limit",
  /** The file does not start with a `---` front matter block. */
  missingFrontMatter: "missing-front-matter",
  /** The front matter is in a language other than YAML (`---js`). */
  frontMatterLanguage: "front-matter-language",
  /** The front matter is not valid YAML. */
  yamlSyntax: "yaml-syntax",
  /** The front matter is not a mapping of fields. */
  frontMatterNotMapping: "front-matter-not-mapping",
  /** A required field is missing. */
  missingField: "missing-field",
  /** A field that the format does not know. */
  unknownField: "unknown-field",
  /** A field has the wrong type or form. */
  invalidField: "invalid-field",
  /** A date that is not a day of the calendar written `YYYY-MM-DD`, or that has a time or a time zone. */
  invalidDate: "invalid-date",
  /** A citation names a source that does not exist. */
  unknownSource: "unknown-source",
  /** A claim's verdict is not a key of the rating scale. */
  unknownVerdict: "unknown-verdict",
  /** Two citations of one claim share an id. */
  duplicateCitation: "duplicate-citation",
  /** `[@id]` in a claim's body names no citation of the claim. */
  undefinedCitation: "undefined-citation",
  /** A citation that the claim's body never refers to. */
  unusedCitation: "unused-citation",
  /** A quote that is not in its source. */
  quoteNotFound: "quote-not-found",
  /** A quote that stands more than once in its source. */
  quoteAmbiguous: "quote-ambiguous",
  /** A quote that stands in its source, but not next to its prefix or suffix. */
  quoteContext: "quote-context",
  /** A quote with nothing to look for. */
  quoteEmpty: "quote-empty",
  /**
   * A quote too short to be a meaningful citation: fewer than 3 words or 12
   * characters in all, or an elided part of a single word (`QUOTE_MINIMUM`).
   */
  quoteTooShort: "quote-too-short",
  /**
   * An elided quote whose parts stand in order and close together, but with a
   * whole paragraph, heading or list item left out between them: `[…]` may
   * shorten a passage, not join passages that the source keeps apart.
   */
  quoteElision: "quote-elision",
  /** A date later than today (a day of leeway for time zones). */
  futureDate: "future-date",
  /**
   * Dates in an impossible order: updated or corrected before published, a
   * claim made after its fact-check, a source archived before it was published,
   * or a claim citing a source published, or a copy archived, after the fact-check.
   */
  dateOrder: "date-order",
  /**
   * Raw HTML in a claim's body or a source: refused, not dropped, so that what
   * a contributor wrote is what the site shows.
   */
  rawHtml: "raw-html",
  /**
   * A link, image or link definition whose address is not http, https, mailto,
   * or relative (`javascript:`, `data:`, `file:` …).
   */
  unsafeUrl: "unsafe-url",
  /**
   * An address that misleads, in a body's link or in a field (`url`,
   * `appearance`): a name before `@`, a host that mixes alphabets in one name
   * (`exаmple.org` with a Cyrillic `а`), or a link text that reads as a web
   * address other than the one it leads to (address.ts decides).
   */
  misleadingLink: "misleading-link",
  /**
   * A source's `url` or a claim's `appearance` whose host is an address of a
   * private network (`127.0.0.1`, `169.254.169.254`, `[::1]`, `localhost`):
   * the watch would fetch it from the machine that runs it.
   */
  privateAddress: "private-address",
  /**
   * Two spellings of one tag or claimant that give the same listing page
   * (`Cour d'appel` and `cour d’appel`): the site would merge them
   * under one of the names.
   */
  labelVariant: "label-variant",
  /** A settings file (site.yaml, ratings.yaml) is missing. */
  missingSettings: "missing-settings",
  /** A verdict's badge colour too light for its white text. */
  verdictContrast: "verdict-contrast",
  /**
   * A source's capture (the original bytes it was imported from) is missing,
   * too large, or no longer has the SHA-256 its `capture` field records.
   */
  captureHash: "capture-hash",
  /** `watch.json` is not valid JSON (its fields are checked by the usual field rules). */
  watchFile: "watch-file",
  /**
   * `npm run watch-sources` found a source's live original changed, moved,
   * gone or unreachable: a warning on the source's `url` line, for a pull
   * request's annotations. The archived copy stays the reference.
   */
  originalChanged: "original-changed",
  /** Two verdicts of the rating scale share a key. */
  duplicateVerdict: "duplicate-verdict",
  /** A page of content/pages/ whose id is a folder of the site (`claims`, `search`...): its address is taken. */
  reservedPage: "reserved-page",
  /**
   * site.yaml's `format` is missing (content of Citable 0.1.0), older or newer
   * than the content format this release reads.
   */
  contentFormat: "content-format",
  /** A tag or claimant whose page name (its slug) is longer than a file name may be. */
  labelTooLong: "label-too-long",
  /**
   * A partner of `network:` in site.yaml that a reader's browser must not be
   * sent to: an address on a private network or a local name (unless the check
   * or the build runs with `--allow-private-network`), this site itself, or an
   * address or a name listed twice.
   */
  partnerAddress: "partner-address",
  /**
   * A note, never an error: a claim close to a fact-check this site or a
   * partner already published, which may be a duplicate (see `npm run network`).
   */
  likelyDuplicate: "likely-duplicate",
  /**
   * A claim's share card cannot be drawn: no font of the card (nor of the
   * Noto scripts it carries) has a character of its claim, finding or byline.
   * The card then shows its verdict only; the build goes on.
   */
  cardFontMissing: "card-font-missing",
} as const;

/** One of the rule ids of {@link Rule}. */
export type RuleId = (typeof Rule)[keyof typeof Rule];

/**
 * The rules whose problems do not fail the check nor the build: warnings, and
 * the one note. A problem of any other rule is an error. One rule, one
 * severity: the factory (`diagnostic()`) reads it here.
 */
export const RULE_SEVERITY: Partial<Record<RuleId, "warning" | "note">> = {
  [Rule.ignoredFile]: "warning",
  [Rule.unusedCitation]: "warning",
  [Rule.labelVariant]: "warning",
  [Rule.originalChanged]: "warning",
  [Rule.cardFontMissing]: "warning",
  [Rule.likelyDuplicate]: "note",
};
