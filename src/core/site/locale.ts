/**
 * A language tag as Open Graph writes a locale: `fr` → `fr_FR`, `en` → `en_GB`,
 * `pt-BR` → `pt_BR`. A bare language gets the country where it is first spoken
 * (so `en` is `en_GB`, as the interface's English); an unknown one its own code.
 */
const COUNTRIES: Record<string, string> = {
  fr: "FR",
  en: "GB",
  de: "DE",
  es: "ES",
  it: "IT",
  pt: "PT",
  nl: "NL",
  ar: "SA",
  he: "IL",
  ja: "JP",
  zh: "CN",
  uk: "UA",
  ru: "RU",
};

/** The `og:locale` of content in `lang` (a BCP 47 tag such as `fr` or `en-US`). */
export function ogLocale(lang: string): string {
  const [language = "", region] = lang.split("-");
  const code = language.toLowerCase();
  const country =
    region !== undefined && /^[A-Za-z]{2}$/.test(region)
      ? region.toUpperCase()
      : (COUNTRIES[code] ?? code.toUpperCase());
  return `${code}_${country}`;
}
