/* The language switcher: it leads to the same page in the other language, at the same #anchor. */

export function setupSwitcher() {
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
    if (link && location.hash) link.href = link.href.split("#")[0] + location.hash;
  }, true);
}
