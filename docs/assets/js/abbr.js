/* Abbreviations (data/glossary.yml, as <abbr title>) explained on tap: a phone shows no title. One
 * tip at a time, under the word; a second tap, a tap elsewhere or Escape closes it. With a mouse the
 * browser's own title shows on hover as well. */

export function setupAbbreviations() {
  let tip = null;
  let shown = null;
  const hide = () => {
    if (tip) tip.hidden = true;
    if (shown) shown.removeAttribute("aria-describedby");
    shown = null;
  };
  const show = (abbr) => {
    if (!tip) {
      tip = Object.assign(document.createElement("span"), { id: "guide-tip", className: "guide-tip" });
      tip.setAttribute("role", "tooltip");
      document.body.appendChild(tip);
    }
    tip.textContent = `${abbr.textContent}: ${abbr.title}`;
    tip.hidden = false;
    const box = abbr.getBoundingClientRect();
    const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = `${left + scrollX}px`;
    tip.style.top = `${box.bottom + scrollY + 6}px`;
    abbr.setAttribute("aria-describedby", tip.id);
    shown = abbr;
  };
  document.addEventListener("click", (event) => {
    const abbr = event.target.closest && event.target.closest(".md-typeset abbr[title]");
    if (abbr && abbr !== shown) show(abbr);
    else hide();
  });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") hide(); });
}
