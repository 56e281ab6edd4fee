/* The guide's scripts start here. Each feature is a small module, started in isolation: one that
 * fails cannot stop the others (and its error is logged, which the browser tests fail on). Search
 * loads only when a reader opens it. The words come from data/ui.yml, in the page's JSON block. */
import { setupKeyboardAccess } from "./a11y.js";
import { setupShare } from "./share.js";
import { setupSwitcher } from "./switcher.js";
import { loadMaterialAfterPaint } from "./material.js";

const ui = JSON.parse(document.getElementById("guide-ui").textContent);

function isolated(name, start) {
  try {
    start();
  } catch (error) {
    console.error(`guide: ${name} did not start`, error);
  }
}

let search = null;
function loadSearch() {
  search = search || import("./search.js").then((module) => {
    module.setupSearch(ui);
    return module;
  }, (error) => {
    search = null; /* try again next time: the reader may be back online */
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
  input.addEventListener("focus", () => { toggle.checked = true; loadSearch().catch(() => {}); });
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
isolated("share", setupShare);
isolated("search", openSearchOnDemand);
isolated("material", loadMaterialAfterPaint);
if (document.querySelector("[data-open-status]")) {
  import("./open-now.js").then((module) => isolated("open now", () => module.showOpenNow(ui)));
}
performance.mark("guide-ready"); /* the menu and search buttons work from here (benchmarks/slow_phone.py) */
