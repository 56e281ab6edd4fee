/* The guide's scripts start here. Each feature is a small module, started in isolation: one that
 * fails cannot stop the others (and its error is logged, which the browser tests fail on). This
 * file and its static imports are inlined into every page at build time (hooks/guide/assets.py,
 * hooks/guide/scripts.py); the other modules load from assets/js/ when they are needed: search
 * only when a reader opens it. The words come from data/ui.yml, in the page's JSON block. */
import { setupKeyboardAccess } from "./a11y.js";
import { setupSwitcher } from "./switcher.js";
import { setupAbbreviations } from "./abbr.js";

/* The whole stylesheet, which the page's first-screen rules did not wait for (hooks/guide/first_screen.py).
 * (Class "js", for which Material's stylesheet shows the header's search, is set in the page's head,
 * overrides/main.html, before the first paint.) */
for (const link of document.querySelectorAll("link[data-guide-stylesheet]")) link.media = "all";

const ui = JSON.parse(document.getElementById("guide-ui").textContent);
const config = JSON.parse(document.getElementById("__config").textContent);
const base = new URL(config.base.replace(/\/?$/, "/"), location.href);
const lang = document.documentElement.lang === "en" ? "en" : "id";
const modules = new URL("assets/js/", base);
const later = (file) => import(new URL(file, modules).href);

function isolated(name, start) {
  try {
    start();
  } catch (error) {
    console.error(`guide: ${name} did not start`, error);
  }
}

/* Everything the first search needs, fetched side by side the moment a reader reaches for the box
 * (not one file after another as each import is discovered): the box's module, MiniSearch, the
 * stemmer and the index of the page's language. */
let fetching = false;
function fetchSearchFiles() {
  if (fetching) return;
  fetching = true;
  const files = ["search.js", "vendor/minisearch.js", `vendor/stemmer-${lang}.js`];
  for (const file of files) {
    const link = Object.assign(document.createElement("link"), { rel: "modulepreload", href: new URL(file, modules).href });
    document.head.appendChild(link);
  }
  const index = Object.assign(document.createElement("link"), {
    rel: "preload", as: "fetch", crossOrigin: "anonymous", href: new URL(`assets/search/${lang}.json`, base).href,
  });
  document.head.appendChild(index);
}

let search = null;
function loadSearch() {
  fetchSearchFiles();
  search = search || later("search.js").then((module) => {
    module.setupSearch(ui);
    return module;
  }, (error) => {
    /* Try again next time: the reader may be back online. */
    search = null;
    const meta = document.querySelector("[data-guide-search-meta]");
    if (meta) meta.textContent = navigator.onLine === false ? ui.search_offline : ui.search_error;
    document.querySelector("[data-guide-search]")?.setAttribute("data-search-state", "error");
    throw error;
  });
  return search;
}
/* For the search tests and benchmark: the same search the box runs. */
window.guideSearch = (query) => loadSearch().then((module) => module.runSearch(query));

function openSearchOnDemand() {
  const toggle = document.getElementById("__search");
  const input = document.querySelector("[data-guide-search-input]");
  if (!toggle || !input) return;
  /* The module may arrive after the reader has closed the box again (Escape): then leave it closed. */
  const open = () => loadSearch().then(() => { if (toggle.checked) input.focus(); }, () => {});
  toggle.addEventListener("change", () => { if (toggle.checked) open(); });
  const button = document.querySelector("[data-guide-for=__search]");
  for (const event of ["pointerdown", "focus"]) button?.addEventListener(event, fetchSearchFiles, { once: true });
  input.addEventListener("focus", () => { toggle.checked = true; loadSearch().catch(() => {}); });
  /* Enter pressed in the box before this script ran sent its words in the address (?query=...), and
   * the page came back: search for them here, and take them out of the address again. */
  const asked = new URLSearchParams(location.search).get("query");
  if (asked && !input.value) {
    input.value = asked;
    toggle.checked = true;
    history.replaceState(history.state, "", location.pathname + location.hash);
  }
  /* The box opened, or typed in, before this script ran (its button works from the first paint). */
  if (toggle.checked || document.activeElement === input || input.value) open();
  document.addEventListener("keydown", (event) => {
    if ((event.key === "/" || event.key === "s") && !toggle.checked &&
        !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      event.preventDefault();
      toggle.checked = true;
      open();
    }
  });
}

isolated("keyboard", () => setupKeyboardAccess(ui));
isolated("switcher", setupSwitcher);
isolated("abbreviations", setupAbbreviations);
later("share.js").then((module) => isolated("share", module.setupShare));
isolated("search", openSearchOnDemand);
if (document.querySelector("[data-open-status]")) {
  later("open-now.js").then((module) => isolated("open now", () => module.showOpenNow(ui)));
}
later("offline.js").then((module) => isolated("offline", () => module.setupOffline(ui)));
/* The menu and search buttons work from here (benchmarks/slow_phone.py). */
performance.mark("guide-ready");
