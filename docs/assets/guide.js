/* The guide's own script: search (Pagefind, one index per language), sharing, and the language
 * switcher keeping the #anchor. Loaded before Material's bundle; no third-party code. */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("__config").textContent);
  var base = new URL(config.base.replace(/\/?$/, "/"), location.href);

  /* 1. Material fetches "sitemap.xml" next to every <link rel=alternate> to remap its language
   * switcher, which 404s on every page here (mkdocs-static-i18n already links each page to its
   * translation). Hide the hreflang links from it: they stay in the HTML for search engines. */
  document.querySelectorAll('link[rel="alternate"][hreflang]').forEach(function (link) {
    link.setAttribute("rel", "alternate-hreflang");
    link.setAttribute("data-rel", "alternate");
  });

  /* 2. The language switcher leads to the same page in the other language, at the same #anchor. */
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
    if (link && location.hash) {
      link.href = link.href.split("#")[0] + location.hash;
    }
  }, true);

  /* 3. Sharing. */
  function setupShare() {
    var status = document.querySelector("[data-share-status]");
    var native = document.querySelector("[data-share]");
    var copy = document.querySelector("[data-copy-link]");
    var canonical = document.querySelector('link[rel="canonical"]');
    var url = canonical ? canonical.href.split("#")[0] + location.hash : location.href;
    if (native && navigator.share) {
      native.hidden = false;
      native.addEventListener("click", function () {
        navigator.share({ title: native.getAttribute("data-share-title"), url: url }).catch(function () {});
      });
    }
    if (copy) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        var done = function () { status.textContent = copy.getAttribute("data-copied"); };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(url).then(done, function () { fallbackCopy(url); done(); });
        } else {
          fallbackCopy(url);
          done();
        }
      });
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing else to try */ }
    document.body.removeChild(area);
  }

  /* 4. Search: Pagefind loads its index for this page's <html lang> on first use. */
  var WORDS = {
    id: { none: "Tidak ada hasil untuk", one: "1 hasil", many: " hasil", error: "Pencarian tidak tersedia." },
    en: { none: "No results for", one: "1 result", many: " results", error: "Search is not available." }
  };
  var words = WORDS[document.documentElement.lang] || WORDS.en;
  var pagefind = null;

  /* Pagefind stems Indonesian with Snowball, which strips no prefix from a two-syllable word:
   * "mengecek", "dicek" and "pengecekan" would not meet "cek". Map them to the root, which is
   * what the pages write (tests/test_search.py checks). */
  var MONOSYLLABIC_ROOTS = ["cek", "klik", "tes", "cap"];
  function normaliseQuery(query) {
    if (document.documentElement.lang !== "id") return query;
    return query.split(/\s+/).map(function (word) {
      var lower = word.toLowerCase();
      var root = MONOSYLLABIC_ROOTS.find(function (r) {
        return [r, "menge" + r, "menge" + r + "kan", "penge" + r + "an", "di" + r].indexOf(lower) >= 0;
      });
      return root || word;
    }).join(" ");
  }

  function loadPagefind() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", base).href).then(function (module) {
        return module.options({ baseUrl: base.pathname, excerptLength: 18 }).then(function () {
          module.init();
          return module;
        });
      });
    }
    return pagefind;
  }

  /* One search, as the box runs it: the reader's language, normalised, top results with data. */
  async function runSearch(query) {
    var module = await loadPagefind();
    var found = await module.search(normaliseQuery(query));
    return Promise.all(found.results.slice(0, 8).map(function (r) { return r.data(); }));
  }
  window.guideSearch = runSearch; /* for the search tests and benchmark */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function renderResults(list, meta, query, results) {
    list.textContent = "";
    if (!results.length) {
      meta.textContent = words.none + " \u201c" + query + "\u201d";
      return;
    }
    meta.textContent = results.length === 1 ? words.one : results.length + words.many;
    results.forEach(function (result) {
      var best = (result.sub_results || [])[0];
      var item = el("li", "md-search-result__item");
      var link = el("a", "md-search-result__link");
      link.href = best && best.url ? best.url : result.url;
      link.setAttribute("data-search-result", result.url);
      var article = el("article", "md-search-result__article md-typeset");
      article.appendChild(el("h1", null, result.meta.title));
      if (best && best.title && best.title !== result.meta.title) {
        article.appendChild(el("h2", null, best.title));
      }
      var excerpt = el("p");
      excerpt.innerHTML = (best && best.excerpt) || result.excerpt; /* Pagefind escapes text, adds only <mark> */
      article.appendChild(excerpt);
      link.appendChild(article);
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  function setupSearch() {
    var box = document.querySelector("[data-guide-search]");
    if (!box) return;
    var toggle = document.getElementById("__search");
    var input = box.querySelector("[data-guide-search-input]");
    var list = box.querySelector("[data-guide-search-results]");
    var meta = box.querySelector("[data-guide-search-meta]");
    var form = input.form;
    var hint = meta.textContent;
    var latest = 0;

    async function search() {
      var query = input.value.trim();
      var ticket = ++latest;
      box.setAttribute("data-search-state", "searching");
      if (!query) {
        list.textContent = "";
        meta.textContent = hint;
        box.setAttribute("data-search-state", "idle");
        return;
      }
      await new Promise(function (resolve) { setTimeout(resolve, 100); }); /* debounce typing */
      if (ticket !== latest) return; /* a newer keystroke took over */
      try {
        var results = await runSearch(query);
        if (ticket !== latest) return;
        renderResults(list, meta, query, results);
        box.setAttribute("data-search-state", "done");
      } catch (error) {
        meta.textContent = words.error;
        box.setAttribute("data-search-state", "error");
      }
    }

    input.addEventListener("input", search);
    input.addEventListener("focus", function () {
      toggle.checked = true;
      loadPagefind();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = list.querySelector("a");
      if (first) location.href = first.href;
    });
    form.addEventListener("reset", function () {
      setTimeout(function () { search(); input.focus(); }, 0);
    });
    toggle.addEventListener("change", function () {
      if (toggle.checked) input.focus();
    });
    list.addEventListener("click", function () { toggle.checked = false; });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.checked) {
        toggle.checked = false;
        input.blur();
      } else if ((event.key === "/" || event.key === "s") && !toggle.checked &&
                 !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
        event.preventDefault();
        toggle.checked = true;
        input.focus();
      }
    });
  }

  /* 5. Material's bundle (35 KiB) loads after the page has painted, so it never competes with the
   * content on a slow connection. Material starts on DOMContentLoaded, which has passed by then:
   * it is announced again, once, for it alone. */
  function loadMaterial() {
    var holder = document.querySelector("script[data-guide-later]");
    if (!holder) return;
    var script = document.createElement("script");
    script.src = holder.getAttribute("data-guide-later");
    script.onload = function () {
      document.dispatchEvent(new Event("DOMContentLoaded"));
    };
    document.body.appendChild(script);
  }

  function start() {
    setupShare();
    setupSearch();
    /* After the load event and the first contentful paint: the page is on screen before the
     * bundle is even requested. */
    var afterPaint = function () {
      var started = false;
      var go = function () {
        if (!started) { started = true; setTimeout(loadMaterial, 0); }
      };
      if (performance.getEntriesByName("first-contentful-paint").length || !window.PerformanceObserver) {
        go();
        return;
      }
      new PerformanceObserver(function (list, observer) { observer.disconnect(); go(); })
        .observe({ type: "paint", buffered: true });
      setTimeout(go, 3000); /* never leave the page without Material */
    };
    if (document.readyState === "complete") {
      afterPaint();
    } else {
      window.addEventListener("load", afterPaint, { once: true });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start, { once: true });
  } else {
    start();
  }
})();
