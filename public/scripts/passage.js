// The passage named in the address (#fragment), for a reader arriving by a quote.
// Highlights every part of it: CSS :target reaches only the first mark, and a
// quote across blocks has several (passages.css does the same without script).
// Fills the page's one banner from the passage's note: the claim that quotes it,
// its verdict and the way back; without script the note itself says so.
(() => {
  const banner = document.querySelector("[data-arrival]");
  // A passage's note names every fact-check quoting it: the banner names the one the reader came
  // from, whose entry cites the fragment of the address.
  const arrive = (note, fragment) => {
    if (!banner) return;
    const entry = note?.querySelector(`[data-cites~="${CSS.escape(fragment)}"]`) ?? note;
    const link = entry?.querySelector("a[href]");
    const verdict = entry?.querySelector(".verdict");
    banner.hidden = !link;
    if (!link) return;
    for (const back of banner.querySelectorAll("a"))
      back.setAttribute("href", link.getAttribute("href"));
    banner.querySelector(".arrival__claim").textContent = link.textContent;
    const badge = banner.querySelector(".verdict");
    badge.textContent = verdict?.textContent ?? "";
    badge.dataset.verdict = verdict?.dataset.verdict ?? "";
    // Its icon too, which the note's badge leaves out (verdicts.css draws it by data-verdict).
    badge.classList.add("verdict--icon");
  };
  // A link cut in the middle of an escape (%E0%A4) names no passage, and must not stop the script.
  const fragmentOf = (hash) => {
    try {
      return decodeURIComponent(hash.slice(1));
    } catch {
      return "";
    }
  };
  const highlight = () => {
    for (const mark of document.querySelectorAll("mark.is-target"))
      mark.classList.remove("is-target");
    const fragment = fragmentOf(location.hash);
    const marks = fragment
      ? document.querySelectorAll(`mark[data-quote="${CSS.escape(fragment)}"]`)
      : [];
    for (const mark of marks) mark.classList.add("is-target");
    arrive(
      marks.length > 0
        ? document.querySelector(`[data-note-for~="${CSS.escape(fragment)}"]`)
        : undefined,
      fragment,
    );
  };
  highlight();
  addEventListener("hashchange", highlight);
})();
