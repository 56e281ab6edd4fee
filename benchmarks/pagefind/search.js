/* Search: Pagefind, one index per <html lang>, loaded the first time a reader opens the box. */

const config = JSON.parse(document.getElementById("__config").textContent);
const base = new URL(config.base.replace(/\/?$/, "/"), location.href);
let pagefind = null;

/* Pagefind stems Indonesian with Snowball, which strips no prefix from a two-syllable word:
 * "mengecek", "dicek" and "pengecekan" would not meet "cek". Map them to the root, which is what
 * the pages write (tests/test_search.py checks). */
const MONOSYLLABIC_ROOTS = ["cek", "klik", "tes", "cap"];
function normaliseQuery(query) {
  if (document.documentElement.lang !== "id") return query;
  return query.split(/\s+/).map((word) => {
    const lower = word.toLowerCase();
    const root = MONOSYLLABIC_ROOTS.find((r) =>
      [r, "menge" + r, "menge" + r + "kan", "penge" + r + "an", "di" + r].includes(lower));
    return root || word;
  }).join(" ");
}

function loadPagefind() {
  if (!pagefind) {
    pagefind = import(new URL("pagefind/pagefind.js", base).href).then(async (module) => {
      await module.options({ baseUrl: base.pathname, excerptLength: 18 });
      module.init();
      return module;
    });
  }
  return pagefind;
}

/* One search, as the box runs it: the reader's language, normalised, the top results with data. */
export async function runSearch(query) {
  const module = await loadPagefind();
  const found = await module.search(normaliseQuery(query));
  return Promise.all(found.results.slice(0, 8).map((result) => result.data()));
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function renderResults(list, meta, query, results, ui) {
  list.textContent = "";
  if (!results.length) {
    meta.textContent = `${ui.search_none} \u201c${query}\u201d`;
    return;
  }
  meta.textContent = results.length === 1 ? ui.search_one : `${results.length} ${ui.search_many}`;
  for (const result of results) {
    const best = (result.sub_results || [])[0];
    const item = el("li", "md-search-result__item");
    const link = el("a", "md-search-result__link");
    link.href = best && best.url ? best.url : result.url;
    link.setAttribute("data-search-result", result.url);
    const article = el("article", "md-search-result__article md-typeset");
    article.appendChild(el("h1", null, result.meta.title));
    if (best && best.title && best.title !== result.meta.title) article.appendChild(el("h2", null, best.title));
    const excerpt = el("p");
    excerpt.innerHTML = (best && best.excerpt) || result.excerpt; /* Pagefind escapes text, adds only <mark> */
    article.appendChild(excerpt);
    link.appendChild(article);
    item.appendChild(link);
    list.appendChild(item);
  }
}

export function setupSearch(ui) {
  const box = document.querySelector("[data-guide-search]");
  if (!box) return;
  const toggle = document.getElementById("__search");
  const input = box.querySelector("[data-guide-search-input]");
  const list = box.querySelector("[data-guide-search-results]");
  const meta = box.querySelector("[data-guide-search-meta]");
  let latest = 0;

  async function search() {
    const query = input.value.trim();
    const ticket = ++latest;
    box.setAttribute("data-search-state", "searching");
    if (!query) {
      list.textContent = "";
      meta.textContent = ui.search_hint;
      box.setAttribute("data-search-state", "idle");
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); /* debounce typing */
    if (ticket !== latest) return; /* a newer keystroke took over */
    try {
      const results = await runSearch(query);
      if (ticket !== latest) return;
      renderResults(list, meta, query, results, ui);
      box.setAttribute("data-search-query", query); /* what the results on screen answer */
      box.setAttribute("data-search-state", "done");
    } catch (error) {
      meta.textContent = ui.search_error;
      box.setAttribute("data-search-state", "error");
    }
  }

  input.addEventListener("input", search);
  input.form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = list.querySelector("a");
    if (first) location.href = first.href;
  });
  input.form.addEventListener("reset", () => setTimeout(() => { search(); input.focus(); }, 0));
  list.addEventListener("click", () => { toggle.checked = false; });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
      input.blur();
    }
  });
  if (input.value.trim()) search(); /* typed before the module arrived */
}
