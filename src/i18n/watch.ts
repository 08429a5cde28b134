/** The sentences of the notices about a source's live original (see src/core/site/watch-view.ts). */
import type { CitationNotice, OriginalNotice } from "../core/site/watch-view.ts";
import { formatDate, type StringKey, translator, type UiLang } from "./index.ts";

/** The source page's sentence about its original. */
export function originalSentence(notice: OriginalNotice, lang: UiLang): string {
  const t = translator(lang);
  const values = {
    date: formatDate(notice.checked, lang),
    count: notice.gone,
    to: notice.to ?? "",
    status: notice.status ?? "",
  };
  const key: StringKey =
    notice.state === "changed-quotes-gone"
      ? new Intl.PluralRules(lang).select(notice.gone) === "one"
        ? "watch.changed-quotes-gone.one"
        : "watch.changed-quotes-gone.other"
      : `watch.${notice.state}`;
  return t(key, values);
}

/** The sentence beside a citation whose passage the original no longer has. */
export function citationSentence(notice: CitationNotice, lang: UiLang): string {
  return translator(lang)(`watch.citation.${notice.state}`, {
    date: formatDate(notice.checked, lang),
  });
}
