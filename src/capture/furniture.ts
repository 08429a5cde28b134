/**
 * A page's furniture, removed before Readability looks for the article:
 * navigation, asides, share and comment blocks, cookie banners (by element
 * and role, as Readability may keep them when they sit inside the article's
 * container), and three kinds that only their words betray: advertising
 * labels (« Publicité »), date and reading-time lines ("09.02.2026 11:57 ·
 * 2 min de lecture"), and the kicker above the headline. A label or a date
 * inside a sentence is the sentence's: only an element that stands alone,
 * with no text beside it, is removed.
 */

const BY_ELEMENT = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "form",
  "button",
  "dialog",
  "nav",
  "aside",
  "footer",
  "[hidden]",
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="banner"]',
  '[class*="kicker" i]',
  '[class*="surtitre" i]',
  '[class*="overline" i]',
  '[class*="eyebrow" i]',
].join(",");

const ADVERTISING =
  /^(?:publicité|publicite|pub|annonce|contenu sponsorisé|sponsorisé|partenariat|advertisement|advertising|ad|sponsored|sponsored content|anzeige|werbung|publicidad|pubblicità)$/i;

const MONTHS =
  "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec|jan|feb|mar|apr|jun|jul|aug|sep";
const DAYS =
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
/** What a date or reading-time line is made of; a line that is nothing else is furniture. */
const DATE_LINE_PARTS = new RegExp(
  [
    "\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}",
    "\\d{1,2}\\s*[h:]\\s*\\d{2}(?:\\s*(?:am|pm))?",
    "\\d+\\s*(?:min(?:utes?)?\\.?|mn)\\s*(?:de lecture|à lire|read|reading)?",
    "(?:temps de )?lecture",
    `\\b(?:${MONTHS})\\b\\.?`,
    `\\b(?:${DAYS})\\b`,
    "\\b(?:publié|publiée|publié le|mis à jour|modifié|actualisé|updated|published|posted|on|at|le|à|il y a|ago|hours?|heures?)\\b",
    "\\d{1,4}(?:er)?",
    "[|·•,:–—()-]",
  ].join("|"),
  "giu",
);

/** Removes the furniture of `document`, in place. */
export function removeFurniture(document: Document): void {
  for (const element of [...document.querySelectorAll(BY_ELEMENT)]) element.remove();
  for (const element of [...document.querySelectorAll("body *")]) {
    if (!element.isConnected || !standsAlone(element)) continue;
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length > 120) continue;
    if (ADVERTISING.test(text) || isDateLine(text)) element.remove();
  }
  const headline = document.querySelector("h1");
  const kicker = headline?.previousElementSibling;
  if (kicker && isKicker((kicker.textContent ?? "").replace(/\s+/g, " ").trim())) kicker.remove();
}

/** A line made only of dates, times, reading times and the words around them. */
function isDateLine(text: string): boolean {
  if (!/\d/.test(text)) return false;
  return text.replace(DATE_LINE_PARTS, "").trim() === "";
}

/** A few words above the headline that end no sentence: a section's name. */
function isKicker(text: string): boolean {
  return text !== "" && text.length <= 40 && text.split(" ").length <= 5 && !/[.!?:»”]$/.test(text);
}

/** Whether no text stands beside `element` in its parent: it is a block or a label of its own. */
function standsAlone(element: Element): boolean {
  const parent = element.parentNode;
  if (!parent) return false;
  for (const sibling of parent.childNodes) {
    if (sibling === element) continue;
    if (sibling.nodeType === 3 && (sibling.textContent ?? "").trim() !== "") return false;
  }
  return true;
}
