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
  const sentence = t(key, values);
  const outage = notice.outage;
  if (!outage) return sentence;
  // An outage does not erase what the last reading found: say both.
  const since = t("watch.unreachable.since", { since: formatDate(outage.since, lang) });
  if (
    !outage.seen ||
    !outage.read ||
    outage.seen === "moved" ||
    outage.seen === "gone" ||
    outage.seen === "unreachable"
  )
    return since;
  const plural = new Intl.PluralRules(lang).select(notice.gone) === "one" ? "one" : "other";
  const seen: StringKey =
    outage.seen === "changed-quotes-gone"
      ? `watch.seen.changed-quotes-gone.${plural}`
      : `watch.seen.${outage.seen}`;
  return `${since} ${t(seen, { ...values, date: formatDate(outage.read, lang) })}`;
}

/** The sentence beside a citation whose passage the original no longer has. */
export function citationSentence(notice: CitationNotice, lang: UiLang): string {
  return translator(lang)(`watch.citation.${notice.state}`, {
    date: formatDate(notice.checked, lang),
  });
}
