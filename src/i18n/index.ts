/** The interface's strings: the site's language picks one table. */
import { en } from "./en.ts";
import { fr } from "./fr.ts";

/** A key of the interface strings. */
export type StringKey = keyof typeof fr;
/** The languages the interface speaks. */
export type UiLang = "fr" | "en";

const tables: Record<UiLang, Record<StringKey, string>> = { fr, en };

/** A translator for `lang`: `t("claim.published", { date })` fills `{date}`. */
export function translator(lang: UiLang) {
  const table = tables[lang];
  return (key: StringKey, values: Record<string, string | number> = {}): string =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

// An Intl.DateTimeFormat is costly to make and pages format thousands of dates: one per language.
const formats = new Map<UiLang, Intl.DateTimeFormat>();

/** Formats an ISO date (`2026-02-09`) as a reader of `lang` writes it: `9 février 2026`. */
export function formatDate(iso: string, lang: UiLang): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    formats.set(lang, format);
  }
  return format.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
}
