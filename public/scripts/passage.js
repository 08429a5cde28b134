// Highlights every part of the quoted passage named in the address (#fragment):
// CSS :target reaches only the first mark, a quote across blocks has several.
(() => {
  const highlight = () => {
    for (const mark of document.querySelectorAll("mark.is-target"))
      mark.classList.remove("is-target");
    const fragment = decodeURIComponent(location.hash.slice(1));
    if (!fragment) return;
    const marks = document.querySelectorAll(`mark[data-quote="${CSS.escape(fragment)}"]`);
    for (const mark of marks) mark.classList.add("is-target");
  };
  highlight();
  addEventListener("hashchange", highlight);
})();
