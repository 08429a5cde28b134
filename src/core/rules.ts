/**
 * The rule ids of Citable's diagnostics, one place for all of them, as
 * remark-validate-links names its messages. A rule id is printed at the end of
 * each diagnostic line so that a contributor can look it up.
 */
export const Rule = {
  /** The file cannot be read or is not valid UTF-8. */
  unreadableFile: "unreadable-file",
  /** A file in sources/ or claims/ that is not a `.md` file. */
  ignoredFile: "ignored-file",
  /** A file name is not a valid id (lowercase letters, digits, hyphens). */
  invalidId: "invalid-id",
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
  /** A date that is not a real calendar date in ISO form. */
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
  /** A settings file (site.yaml, ratings.yaml) is missing. */
  missingSettings: "missing-settings",
  /** A verdict's badge colour too light for its white text. */
  verdictContrast: "verdict-contrast",
  /** Two verdicts of the rating scale share a key. */
  duplicateVerdict: "duplicate-verdict",
} as const;

/** One of the rule ids of {@link Rule}. */
export type RuleId = (typeof Rule)[keyof typeof Rule];
