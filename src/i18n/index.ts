/** The interface's strings: the site's language picks one table. */
import { en } from "./en.ts";
import { fr } from "./fr.ts";

/** A key of the interface strings. */
export type StringKey = keyof typeof fr;
/** A string that depends on a number: its table has `<key>.one` and `<key>.other`. */
export type PluralKey = StringKey extends infer K
  ? K extends `${infer B}.other`
    ? B
    : never
  : never;
/** The languages the interface speaks. */
export type UiLang = "fr" | "en";

const tables: Record<UiLang, Record<StringKey, string>> = { fr, en };
const locales: Record<UiLang, string> = { fr: "fr-FR", en: "en-GB" };

/**
 * `make(lang)`, made once per language and kept: Intl's formatters and plural rules are
 * costly to make, and every component of every page asks for them.
 */
function onePerLanguage<T>(make: (lang: UiLang) => T): (lang: UiLang) => T {
  const made = new Map<UiLang, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) {
      value = make(lang);
      made.set(lang, value);
    }
    return value;
  };
}

/**
 * A translator for `lang`: `t("claim.published", { date })` fills `{date}`.
 * For a plural key, `t("listing.count", { count: 2 })` picks the form that
 * Intl.PluralRules gives for `count` (`listing.count.one` or `.other`) and
 * writes the number as the language does (`1 200` with a narrow no-break space in French).
 */
export function translator(lang: UiLang): Translate {
  return translators(lang);
}

/** What {@link translator} returns. */
export type Translate = (
  key: StringKey | PluralKey,
  values?: Record<string, string | number>,
) => string;

const translators = onePerLanguage(makeTranslator);

function makeTranslator(lang: UiLang): Translate {
  const table = tables[lang];
  const plurals = new Intl.PluralRules(locales[lang]);
  return (key: StringKey | PluralKey, values: Record<string, string | number> = {}): string => {
    let template = (table as Record<string, string>)[key];
    const count = values.count;
    if (template === undefined && typeof count === "number") {
      const forms = table as Record<string, string>;
      template = forms[`${key}.${plurals.select(count)}`] ?? forms[`${key}.other`];
    }
    return (template ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === "number" ? formatNumber(value, lang) : value;
    });
  };
}

/** The plural forms of `key` in `lang`, for a script that picks one with Intl.PluralRules itself. */
export function pluralForms(lang: UiLang, key: PluralKey): Record<string, string> {
  const forms: Record<string, string> = {};
  for (const [name, value] of Object.entries(tables[lang]))
    if (name.startsWith(`${key}.`)) forms[name.slice(key.length + 1)] = value;
  return forms;
}

/** `label` followed by a colon as `lang` writes it: `Thèmes\u202f:` in French, `Topics:` in English. */
export function withColon(label: string, lang: UiLang): string {
  return lang === "fr" ? `${label}\u202f:` : `${label}:`;
}

const numberFormats = onePerLanguage((lang) => new Intl.NumberFormat(locales[lang]));

/** A count as `lang` writes it: `10\u202f000` in French, `10,000` in English. */
export function formatNumber(value: number, lang: UiLang): string {
  return numberFormats(lang).format(value);
}

const dateFormats = onePerLanguage(
  (lang) =>
    new Intl.DateTimeFormat(locales[lang], {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }),
);

// A site has a few thousand distinct dates, and every page of a build formats dozens (its
// own, its related fact-checks', a listing's hundred): Intl's formatting is the costly part,
// so each date is formatted once per language and thread.
const formattedDates = onePerLanguage(() => new Map<string, string>());

/**
 * Formats an ISO date (`2026-02-09`) as a reader of `lang` writes it:
 * `9 février 2026`, `1er décembre 2025`, with no-break spaces so that a date never breaks across lines.
 */
export function formatDate(iso: string, lang: UiLang): string {
  const formatted = formattedDates(lang);
  let written = formatted.get(iso);
  if (written === undefined) {
    written = dateFormats(lang)
      .format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso))
      .replace(/ /g, "\u00a0");
    // French writes the first of the month as an ordinal: « 1er décembre », not « 1 décembre ».
    if (lang === "fr") written = written.replace(/^1(?=\u00a0)/, "1er");
    formatted.set(iso, written);
  }
  return written;
}
