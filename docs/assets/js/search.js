/* Search: MiniSearch over one small index per language (hooks/guide/search.py writes it), loaded the first
 * time a reader opens the box. The reader's words are met four ways before the index sees them:
 * synonyms from data/search.yml ("laman" also searches "situs"), stop words dropped ("bagaimana",
 * "how"), a typo within one edit of a word on the pages corrected, and the Snowball stemmer of the
 * page's language applied to the pages and the query alike. If no page has every word, the pages
 * with most of them are shown, and the box says so. */
import MiniSearch from "./vendor/minisearch.js";

const config = JSON.parse(document.getElementById("__config").textContent);
const base = new URL(config.base.replace(/\/?$/, "/"), location.href);
const lang = document.documentElement.lang === "en" ? "en" : "id";
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/* Snowball strips no prefix from a two-syllable Indonesian word: "mengecek", "dicek" and
 * "pengecekan" would not meet "cek". Map them to the root, on both sides. */
const ROOTS = ["cek", "klik", "tes", "cap"];
const FORMS = new Map(ROOTS.flatMap((r) =>
  ["menge" + r, "menge" + r + "kan", "penge" + r + "an", "di" + r, "di" + r + "nya", "ter" + r].map((f) => [f, r])));

function normalise(word) {
  const lower = word.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/’/g, "'");
  return lang === "id" ? FORMS.get(lower) || lower : lower;
}

/* True when b is a's one-letter typo: one letter wrong, missing, added or two swapped. */
export function oneEditApart(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.slice(i) === b.slice(i + 1);
}

class Engine {
  constructor(data, stem) {
    this.docs = data.docs;
    this.stop = new Set(data.stop);
    this.term = (word) => {
      const form = normalise(word);
      return form ? stem(form) : null;
    };
    this.groups = new Map();
    /* keys as the query is read: "abal-abal" and "e-mail" are two words there */
    const key = (member) => (member.match(TOKEN) || []).map(normalise).join(" ");
    data.synonyms.forEach((group, n) => group.forEach((member) => this.groups.set(key(member), n)));
    this.synonyms = data.synonyms;
    this.longest = Math.max(...[...this.groups.keys()].map((m) => m.split(" ").length));
    this.words = new Set();
    for (const doc of this.docs) for (const field of [doc.t, doc.h, doc.x]) {
      for (const [word] of field.matchAll(TOKEN)) this.words.add(normalise(word));
    }
    this.index = new MiniSearch({
      idField: "i",
      fields: ["t", "h", "x"],
      processTerm: this.term,
      searchOptions: { boost: { t: 2, h: 3, x: 1 }, weights: { prefix: 0.4 } },
    });
    this.index.addAll(this.docs);
  }

  /* The query as concepts: a synonym phrase (longest first) or one word; stop words dropped. */
  concepts(query) {
    const words = (query.match(TOKEN) || []).map(normalise);
    const found = [];
    for (let i = 0; i < words.length;) {
      let n = Math.min(this.longest, words.length - i);
      while (n > 1 && !this.groups.has(words.slice(i, i + n).join(" "))) n--;
      const phrase = words.slice(i, i + n).join(" ");
      found.push({ phrase, group: this.groups.get(phrase) });
      i += n;
    }
    const kept = found.filter((c) => c.group !== undefined || !this.stop.has(c.phrase));
    return kept.length ? kept : found;
  }

  /* One concept's alternatives, [words, weight]: the members of its synonym group (the reader's own
   * word counts most), or the word and the words on the pages one typo away from it. */
  alternatives(concept) {
    const word = concept.phrase;
    if (concept.group !== undefined) {
      return this.synonyms[concept.group].map((member) => [member, member.match(TOKEN).map(normalise).join(" ") === word ? 1 : 0.6]);
    }
    if (this.words.has(word) || word.length < 4) return [[word, 1]];
    const twins = [...this.words].filter((w) => w.length >= 3 && oneEditApart(word, w)).map((w) => [w, 0.9]);
    const member = [...this.groups.keys()].find((m) => m.length >= 4 && oneEditApart(word, m));
    const group = member ? this.synonyms[this.groups.get(member)].map((m) => [m, 0.8]) : [];
    return [[word, 1], ...twins, ...group];
  }

  /* The sections that match one concept: id -> {score, terms}, the best alternative's score. */
  match(concept, last) {
    const found = new Map();
    /* the last word may be unfinished ("abroa"): it also matches the start of longer words */
    const prefix = last && concept.group === undefined && !this.words.has(concept.phrase) && concept.phrase.length >= 3;
    for (const [words, weight] of this.alternatives(concept)) {
      const kept = words.split(" ").filter((w) => !this.stop.has(w));
      for (const hit of this.index.search((kept.length ? kept : [words]).join(" "), { combineWith: "AND", prefix })) {
        const score = hit.score * weight;
        const best = found.get(hit.id);
        const title = Object.values(hit.match).every((f) => f.includes("t")) || (best && best.title);
        const fields = new Set(Object.values(hit.match).flat());
        if (!best || score > best.score) found.set(hit.id, { score, terms: hit.terms, title, fields });
        else best.title = title;
      }
    }
    return found;
  }

  /* Pages, best first. A section that matches every concept scores the sum of their scores; one
   * that matches some of them, less (by the square of the share it matches). A page counts its best
   * section, plus a third of what its other sections add for concepts the best one lacks. If no
   * section matches every concept, the results say they are partial. */
  search(query) {
    const concepts = this.concepts(query);
    const matches = concepts.map((c, n) => this.match(c, n === concepts.length - 1));
    const ids = new Set(matches.flatMap((m) => [...m.keys()]));
    const pages = new Map();
    for (const id of ids) {
      const doc = this.docs[id];
      const hits = matches.map((m) => m.get(id));
      const found = hits.filter(Boolean);
      const cover = found.length / matches.length;
      const title = cover === 1 && found.every((h) => h.title) ? 2 : 1;
      const score = found.reduce((sum, h) => sum + h.score, 0) * cover * cover * title * (doc.b || 1);
      const page = pages.get(doc.p) || { sections: [], boost: doc.b || 1 };
      page.sections.push({ doc, hits, score, cover });
      pages.set(doc.p, page);
    }
    const ranked = [...pages.values()].map(({ sections, boost }) => {
      sections.sort((x, y) => y.score - x.score);
      const best = sections[0];
      const opened = this.place(best, sections);
      const extra = matches.map((_, n) => best.hits[n] ? 0 : Math.max(0, ...sections.map((s) => s.hits[n] ? s.hits[n].score : 0)));
      const filled = extra.filter((e) => e > 0).length;
      const cover = best.cover + filled / matches.length;
      const score = best.score + (extra.reduce((a, e) => a + e, 0) * cover * cover * boost) / 3;
      const terms = new Set(opened.hits.filter(Boolean).flatMap((h) => h.terms));
      return { doc: opened.doc, score, terms, full: best.cover === 1 };
    }).sort((x, y) => y.score - x.score);
    return { partial: ranked.length > 0 && !ranked.some((r) => r.full), pages: ranked };
  }

  /* The section a page's result opens. The page's top section (its heading is the page's title)
   * wins whenever the query names the page's subject, since the title counts there twice, as title
   * and as heading: "email bpjs ketenagakerjaan" opened the contact page's top, not its email. So
   * when the best section is the top, the result opens instead the best other section that matches
   * as many of the query's concepts and holds, in its own heading, one that the title does not
   * ("email"); sections come best first. A query about the page's subject alone ("tanya hrd") still
   * opens the top. */
  place(best, sections) {
    if (best.doc.h !== best.doc.t) return best;
    const titled = (n) => best.hits[n] && best.hits[n].fields.has("t");
    return sections.find((s) => s !== best && s.cover >= best.cover &&
      s.hits.some((h, n) => h && h.fields.has("h") && !titled(n))) || best;
  }

  /* About eighteen words of the section around its first match, as [text, marked] pieces. */
  excerpt(doc, terms) {
    const words = [...doc.x.matchAll(TOKEN)];
    const hit = (word) => terms.has(this.term(word));
    const first = Math.max(0, words.findIndex((m) => hit(m[0])));
    const from = Math.max(0, first - 6);
    const shown = words.slice(from, from + 18);
    if (!shown.length) return [];
    const pieces = [[from > 0 ? "… " : "", false]];
    let at = shown[0].index;
    for (const m of shown) {
      pieces.push([doc.x.slice(at, m.index), false], [m[0], hit(m[0])]);
      at = m.index + m[0].length;
    }
    if (from + 18 < words.length) pieces.push([" …", false]);
    return pieces.filter(([text]) => text);
  }
}

let engine = null;
function loadEngine() {
  if (!engine) {
    const index = fetch(new URL(`assets/search/${lang}.json`, base)).then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json();
    });
    engine = Promise.all([index, import(`./vendor/stemmer-${lang}.js`)])
      .then(([data, module]) => new Engine(data, module.stemmer))
      .catch((error) => { engine = null; throw error; });
  }
  return engine;
}

/* One search, as the box runs it: the pages of the reader's language, best first. */
export async function runSearch(query) {
  const found = (await loadEngine()).search(query);
  return found.pages.slice(0, 8).map(({ doc, terms }) => ({
    url: new URL(doc.p, base).pathname,
    href: new URL(doc.p + (doc.a && doc.h !== doc.t ? "#" + doc.a : ""), base).href,
    title: doc.t,
    heading: doc.h === doc.t ? "" : doc.u ? `${doc.u} \u203a ${doc.h}` : doc.h, /* an h3 under its h2 */
    doc,
    terms,
    partial: found.partial,
  }));
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function renderResults(box, query, results, ui, active) {
  const list = box.querySelector("[data-guide-search-results]");
  const meta = box.querySelector("[data-guide-search-meta]");
  const tasks = box.querySelector("[data-guide-search-tasks]");
  list.textContent = "";
  if (tasks) tasks.hidden = results.length > 0;
  if (!results.length) {
    meta.textContent = `${ui.search_none} \u201c${query}\u201d. ${ui.search_try}`;
    return;
  }
  const count = results.length === 1 ? ui.search_one : `${results.length} ${ui.search_many}`;
  meta.textContent = results[0].partial ? `${ui.search_partial} ${count}` : count;
  for (const result of results) {
    const item = el("li", "md-search-result__item");
    const link = el("a", "md-search-result__link");
    link.href = result.href;
    link.setAttribute("data-search-result", result.url);
    const article = el("article", "md-search-result__article md-typeset");
    article.appendChild(el("h1", null, result.title));
    if (result.heading) article.appendChild(el("h2", null, result.heading));
    const excerpt = el("p");
    for (const [text, marked] of active.excerpt(result.doc, result.terms)) {
      excerpt.appendChild(marked ? el("mark", null, text) : document.createTextNode(text));
    }
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
  const tasks = box.querySelector("[data-guide-search-tasks]");
  let latest = 0;

  async function search() {
    const query = input.value.trim();
    const ticket = ++latest;
    box.setAttribute("data-search-state", "searching");
    if (!query) {
      list.textContent = "";
      meta.textContent = ui.search_hint;
      if (tasks) tasks.hidden = false;
      box.setAttribute("data-search-state", "idle");
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 60)); /* let a fast typist finish the word */
    if (ticket !== latest) return; /* a newer keystroke took over */
    try {
      const results = await runSearch(query);
      if (ticket !== latest) return;
      renderResults(box, query, results, ui, await loadEngine());
      box.setAttribute("data-search-query", query); /* what the results on screen answer */
      box.setAttribute("data-search-state", "done");
    } catch (error) {
      if (ticket !== latest) return;
      meta.textContent = navigator.onLine === false ? ui.search_offline : ui.search_error;
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
  box.addEventListener("click", (event) => { if (event.target.closest("a")) toggle.checked = false; });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
      input.blur();
    }
  });
  loadEngine().catch(() => {}); /* start now: the index arrives while the reader types */
  if (input.value.trim()) search(); /* typed before the module arrived */
}
