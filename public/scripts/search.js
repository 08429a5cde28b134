// The search page: Pagefind's JavaScript API behind a small interface of our own.
// The query and the filters live in the address (?q=…&verdict=…), so that a
// search can be linked and shared; they are written back as the reader types.
const root = document.getElementById("search");
const base = root.dataset.base;
const lang = root.dataset.lang;
const strings = JSON.parse(root.dataset.strings);
const form = root.querySelector(".search__form");
const input = root.querySelector("#search-input");
const status = root.querySelector(".search__status");
const list = root.querySelector(".search__results");
const fieldset = root.querySelector(".search__filters");
const panel = root.querySelector(".search__panel");
const more = root.querySelector(".search__more");
const partnerList = root.querySelector(".search__partners");
const skippedNote = root.querySelector(".search__skipped");
// The partner sites of site.yaml's network, whose indexes are merged once the reader searches.
const partners = JSON.parse(root.dataset.network ?? "[]");
// `site` narrows to one site of the network; it is not a filter of Pagefind's own index.
const FILTERS = ["type", "verdict", "tag", "claimant", "publisher", "site"];
// Each result's excerpt is a fetch: show a page of them, and more on demand.
const PAGE = 10;

const params = new URLSearchParams(location.search);
input.value = params.get("q") ?? "";
const selected = Object.fromEntries(FILTERS.map((key) => [key, new Set(params.getAll(key))]));
const dates = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const numbers = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB");
const plurals = new Intl.PluralRules(lang === "fr" ? "fr-FR" : "en-GB");
const fill = (template, values) =>
  template.replace(/\{(\w+)\}/g, (_, name) =>
    typeof values[name] === "number" ? numbers.format(values[name]) : (values[name] ?? ""),
  );
/** The form of a plural string for `count`, as Intl.PluralRules picks it. */
const plural = (forms, count) => forms[plurals.select(count)] ?? forms.other;

let pagefind;
try {
  pagefind = await import(`${base}pagefind/pagefind.js`);
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  await pagefind.init();
} catch {
  status.textContent = strings.error;
  throw new Error("Pagefind could not be loaded.");
}

// Loaded only where the site has partners; nothing is fetched from them before a search.
const network =
  partners.length > 0
    ? (await import("./network-search.js")).partnerSearch(partners, base)
    : undefined;

connectFilters();
// A shared address with filters opens the panel on a phone, where it starts closed.
if (FILTERS.some((key) => selected[key].size > 0)) panel.open = true;
// Counts that follow the query need Pagefind's filter index (every facet's values, the
// largest download of a first search): it loads after the first results are on screen,
// and on a phone only once the reader opens the filters.
let filterIndex;
let countsReady = false;
const wide = matchMedia("(min-width: 52rem)");
panel.addEventListener("toggle", () => followCounts(latest));
wide.addEventListener("change", () => followCounts(latest));
let latest = 0;
let pending = [];
form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
let timer;
input.addEventListener("input", () => {
  // Start fetching the index chunks for the words while the reader types.
  if (input.value.trim() !== "") pagefind.preload(input.value.trim());
  clearTimeout(timer);
  timer = setTimeout(run, 60);
});
more.addEventListener("click", () => showMore());
run();

/**
 * The filters are listed by the page itself (the most used values): Pagefind's
 * filter indexes load only when a filter is used. A value from the address that
 * the page does not list gets a checkbox of its own, checked.
 */
function connectFilters() {
  for (const key of FILTERS) {
    const group = fieldset.querySelector(`[data-filter="${key}"]`);
    const listed = new Set();
    for (const box of fieldset.querySelectorAll(`input[name="${key}"]`)) {
      listed.add(box.value);
      box.checked = selected[key].has(box.value);
      box.addEventListener("change", () => toggle(key, box));
    }
    for (const value of selected[key]) {
      if (listed.has(value) || !group) continue;
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.name = key;
      box.value = value;
      box.checked = true;
      box.addEventListener("change", () => toggle(key, box));
      label.append(box, ` ${value}`);
      group.append(label);
    }
  }
}

function toggle(key, box) {
  if (box.checked) selected[key].add(box.value);
  else selected[key].delete(box.value);
  run();
}

/** Searches, writes the address, and shows the results. */
async function run() {
  const run = ++latest;
  const query = input.value.trim();
  writeAddress(query);
  const filters = chosenFilters();
  if (query === "" && Object.keys(filters).length === 0 && selected.site.size === 0) {
    status.textContent = strings.prompt;
    list.replaceChildren();
    partnerList?.replaceChildren();
    if (skippedNote) skippedNote.textContent = "";
    more.hidden = true;
    return;
  }
  status.textContent = strings.loading;
  // Partners are searched beside this site, never before it: their results follow its own.
  if (network) searchPartners(run, query, filters);
  // A search that starts once the filter index is in gives every count with its results.
  const counted = countsReady;
  const own = wanted(strings.site);
  const search = own
    ? await pagefind.search(query === "" ? null : query, { filters })
    : { results: [] };
  const results = await Promise.all(search.results.slice(0, PAGE).map((result) => result.data()));
  if (run !== latest) return;
  ownCount = search.results.length;
  showCount(query);
  pending = search.results.slice(PAGE);
  list.replaceChildren(...results.map(render));
  more.hidden = pending.length === 0;
  if (!own) return;
  if (counted) showCounts(search);
  // After the results have been painted.
  else setTimeout(() => followCounts(run));
}

let ownCount = 0;
let partnerCount = 0;

/** Whether the Site filter keeps the site named `name` (all sites when none is checked). */
function wanted(name) {
  return selected.site.size === 0 || selected.site.has(name);
}

/** The status line: how many results this site and the partners heard so far gave. */
function showCount(query) {
  const count = ownCount + partnerCount;
  status.textContent = fill(count === 0 ? strings.none : plural(strings.results, count), {
    count,
    query,
  });
}

/**
 * Searches the partners for search number `run` and shows each one's results as
 * they come, after this site's; those that did not answer in time are named in a
 * quiet note.
 */
async function searchPartners(run, query, filters) {
  partnerCount = 0;
  partnerList.replaceChildren();
  skippedNote.textContent = "";
  const skipped = [];
  const searches = network.search(query === "" ? null : query, filters, wanted);
  // Busy until every partner searched has answered or been given up.
  let waiting = searches.length;
  partnerList.toggleAttribute("aria-busy", waiting > 0);
  for (const searched of searches) {
    searched.then((answer) => {
      if (run !== latest) return;
      if (--waiting === 0) partnerList.removeAttribute("aria-busy");
      if (answer.skipped) {
        skipped.push(answer.partner.name);
        skippedNote.textContent = skipped.map((name) => fill(strings.skipped, { name })).join(" ");
        return;
      }
      partnerCount += answer.results.length;
      partnerList.append(...answer.results.map(render));
      showCount(query);
    });
  }
}

/** Whether the filters can be seen: open on a phone, or standing beside the results. */
function filtersShown() {
  return panel.open || (wide.matches && CSS.supports("selector(::details-content)"));
}

/**
 * Loads the filter index once the filters can be seen, then searches again (the words'
 * chunks are loaded already: nothing more is fetched) to give each filter its count for
 * search number `run`, unless a newer search has started.
 */
async function followCounts(run) {
  if (run !== latest || !filtersShown()) return;
  filterIndex ??= pagefind.filters();
  await filterIndex;
  countsReady = true;
  if (run !== latest) return;
  const query = input.value.trim();
  const filters = chosenFilters();
  if (query === "" && Object.keys(filters).length === 0) return;
  const search = await pagefind.search(query === "" ? null : query, { filters });
  if (run === latest) showCounts(search);
}

function chosenFilters() {
  const filters = {};
  for (const key of FILTERS) {
    if (key !== "site" && selected[key].size > 0) filters[key] = { any: [...selected[key]] };
  }
  return filters;
}

async function showMore() {
  const next = pending.slice(0, PAGE);
  pending = pending.slice(PAGE);
  const results = await Promise.all(next.map((result) => result.data()));
  list.append(...results.map(render));
  more.hidden = pending.length === 0;
}

/**
 * Each filter's count for the current query: how many results it would keep.
 * A facet with a value checked shows the counts without the filters, so that
 * its other values stay comparable.
 */
function showCounts(search) {
  for (const key of FILTERS) {
    const counts = (selected[key].size > 0 ? search.totalFilters : search.filters)?.[key];
    if (!counts) continue;
    for (const box of fieldset.querySelectorAll(`input[name="${key}"]`)) {
      const n = counts[box.value] ?? 0;
      const count = box.parentElement.querySelector(".search__count");
      if (count) count.textContent = `(${numbers.format(n)})`;
      // A value that would keep no result is dimmed, not hidden: the list does not jump as
      // the reader types, and a value checked stays as it is.
      box.parentElement.toggleAttribute("data-empty", n === 0 && !box.checked);
    }
  }
}

/**
 * The quoted passages of a source that hold the searched words, as links
 * straight to their marks: Pagefind lists every element with an id among a
 * page's `anchors` (the first mark of each passage, with its text), and the
 * places of the matched words among its `locations`.
 */
function passages(result) {
  const found = [];
  for (const anchor of result.anchors ?? []) {
    if (anchor.element !== "mark" || !anchor.text) continue;
    const end = anchor.location + anchor.text.split(/\s+/).length;
    if (!result.locations.some((at) => at >= anchor.location && at < end)) continue;
    if (found.some((other) => other.text === anchor.text)) continue;
    found.push(anchor);
  }
  return found.slice(0, 3).map((anchor) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `${result.url}#${encodeURIComponent(anchor.id)}`;
    link.textContent = fill(strings.passage, { text: nested(anchor.text) });
    item.append(link);
    return item;
  });
}

/**
 * A passage's own quotation marks as the second level inside the marks this page adds (“…”
 * inside « » in French, ‘…’ inside “ ” in English), so that a passage holding a quote never
 * reads « …« risque sa vie »». As quoteIn in src/core/site/headline.ts does for the pages: a
 * script the site serves as it is cannot import the core.
 */
function nested(text) {
  if (lang === "fr")
    return text.replace(/«[\s\u00a0\u202f]*/gu, "“").replace(/[\s\u00a0\u202f]*»/gu, "”");
  return text.replace(/“/gu, "‘").replace(/”/gu, "’");
}

function writeAddress(query) {
  const next = new URLSearchParams();
  if (query !== "") next.set("q", query);
  for (const key of FILTERS) for (const value of selected[key]) next.append(key, value);
  const search = next.toString();
  history.replaceState(null, "", search === "" ? location.pathname : `?${search}`);
}

function render(result) {
  const item = document.createElement("li");
  item.className = "search__result";
  const claim = result.meta.kind === "claim";
  const badge = document.createElement("span");
  badge.className = "verdict";
  // A partner's verdict keys are its own: its badge shows the label, without this site's icon.
  if (claim && !result.site) {
    // The icon is the verdict's mask in verdicts.css, as on the site's own badges.
    badge.classList.add("verdict--icon");
    badge.dataset.verdict = result.meta.verdictKey;
    badge.textContent = result.meta.verdict;
  } else {
    badge.classList.add(claim ? "verdict--partner" : "verdict--source");
    badge.textContent = claim ? result.meta.verdict : strings.source;
  }
  // Every result names its site, as text: this site or a partner.
  const site = document.createElement("p");
  site.className = "meta search__site";
  site.textContent = result.site ?? strings.site;
  const title = document.createElement("h2");
  title.className = "search__title";
  const link = document.createElement("a");
  link.href = result.url;
  link.append(...titleOf(result, badge));
  title.append(link);
  item.append(site, badge, title);
  if (claim && result.meta.summary) item.append(...claimLines(result));
  else item.append(excerptOf(result));
  const quoted = result.meta.kind === "source" ? passages(result) : [];
  if (quoted.length > 0) {
    const sub = document.createElement("ul");
    sub.className = "search__passages";
    sub.append(...quoted);
    item.append(sub);
  }
  return item;
}

/**
 * A result's title. A claim's link names its verdict first, as every link to a fact-check does,
 * for screen readers only: the badge shows it, and is hidden from them so that it is read once.
 */
function titleOf(result, badge) {
  const text = result.meta.title ?? "";
  const verdict = result.meta.kind === "claim" ? result.meta.verdict : undefined;
  // A partner's index made before the title left the verdict out starts with it already.
  if (!verdict || text.startsWith(verdict)) return [text];
  badge.setAttribute("aria-hidden", "true");
  const hidden = document.createElement("span");
  hidden.className = "visually-hidden";
  hidden.textContent = `${fill(strings.verdictFirst, { verdict })} `;
  return [hidden, text];
}

/**
 * What a claim's result says under its title, as a listing does: the claim under a headline
 * (quoted when verbatim, as the page shows it), the finding, who made the claim and when.
 */
function claimLines(result) {
  const lines = [];
  if (result.meta.claim) {
    const claimed = document.createElement("p");
    claimed.className = "search__claimed";
    const label = document.createElement("span");
    label.className = "search__label";
    label.textContent = strings.claimed;
    claimed.append(label, ` ${result.meta.claim}`);
    lines.push(claimed);
  }
  const summary = document.createElement("p");
  summary.className = "search__summary";
  summary.textContent = result.meta.summary;
  lines.push(summary);
  const meta = metaOf(result);
  const claimant = result.filters?.claimant?.[0];
  if (claimant)
    meta.prepend(`${fill(strings.madeBy, { claimant })}${meta.textContent ? " · " : ""}`);
  lines.push(meta);
  return lines;
}

/** The date line of a result. */
function metaOf(result) {
  const meta = document.createElement("p");
  meta.className = "meta";
  if (result.meta.date) meta.textContent = dates.format(new Date(`${result.meta.date}T12:00:00Z`));
  return meta;
}

/** A source's result: its date, and Pagefind's excerpt, escaped text with <mark> around the matched words. */
function excerptOf(result) {
  const excerpt = document.createElement("p");
  excerpt.className = "search__excerpt";
  excerpt.innerHTML = result.excerpt;
  const box = document.createDocumentFragment();
  box.append(metaOf(result), excerpt);
  return box;
}
