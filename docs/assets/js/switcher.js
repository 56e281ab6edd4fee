/* The language switcher: it leads to the same page in the other language, at the same #anchor. */

export function setupSwitcher() {
  /* Material fetches "sitemap.xml" next to every <link rel=alternate> to remap its switcher, which
   * 404s on every page here (mkdocs-static-i18n already links each page to its translation). Hide
   * the hreflang links from it: they stay in the HTML for search engines. */
  document.querySelectorAll('link[rel="alternate"][hreflang]').forEach((link) => {
    link.setAttribute("rel", "alternate-hreflang");
    link.setAttribute("data-rel", "alternate");
  });
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
    if (link && location.hash) link.href = link.href.split("#")[0] + location.hash;
  }, true);
}
