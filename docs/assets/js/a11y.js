/* The header's menu and search buttons for keyboards and switches. Material draws them as labels of
 * hidden checkboxes, which no key reaches: here each becomes a real button, named in the page's
 * language, that reports whether its panel is open. An opened drawer or search takes the focus;
 * Escape closes it and returns the focus to the button that opened it. Without JavaScript the labels
 * stay, for touch and mouse. */

function asButton(label, name, toggle, panel) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = label.className;
  button.innerHTML = label.innerHTML;
  button.setAttribute("data-guide-for", toggle.id);
  button.setAttribute("aria-label", name);
  button.setAttribute("aria-expanded", String(toggle.checked));
  if (panel) {
    panel.id = panel.id || `guide-${toggle.id.replace(/^_+/, "")}-panel`;
    button.setAttribute("aria-controls", panel.id);
  }
  button.addEventListener("click", () => toggle.click());
  label.replaceWith(button);
  return button;
}

function manage(toggle, opener, firstFocus) {
  toggle.addEventListener("change", () => {
    opener.setAttribute("aria-expanded", String(toggle.checked));
    if (toggle.checked) {
      const target = firstFocus();
      if (target) requestAnimationFrame(() => target.focus());
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.checked) {
      toggle.click();
      opener.focus();
    }
  });
}

/* In the drawer (phone widths), the labels that open a section of the menu, or go back from it, become
 * buttons too; a section that is not open takes no Tab stop (docs/assets/guide.css). */
function drawerButtons(sidebar) {
  if (!sidebar || !window.matchMedia("(max-width: 76.234375em)").matches) return;
  for (const label of sidebar.querySelectorAll("label.md-nav__link[for], label.md-nav__title[for]")) {
    const toggle = document.getElementById(label.htmlFor);
    if (!toggle || toggle.id === "__toc" || toggle.id === "__drawer") continue;
    const button = asButton(label, label.textContent.trim(), toggle, toggle.parentElement.querySelector(".md-nav"));
    if (label.classList.contains("md-nav__title")) {
      button.removeAttribute("aria-expanded");
      button.addEventListener("click", () => toggle.checked || toggle.click(), { capture: true });
    }
    toggle.addEventListener("change", () => {
      button.setAttribute("aria-expanded", String(toggle.checked));
      const first = toggle.checked && toggle.parentElement.querySelector(".md-nav a[href], .md-nav button");
      if (first && !button.classList.contains("md-nav__title")) requestAnimationFrame(() => first.focus());
    });
  }
}

export function setupKeyboardAccess(ui) {
  const drawer = document.getElementById("__drawer");
  const search = document.getElementById("__search");
  const menuLabel = document.querySelector('.md-header label.md-header__button[for="__drawer"]');
  const searchLabel = document.querySelector('.md-header label.md-header__button[for="__search"]');
  if (drawer && menuLabel) {
    const sidebar = document.querySelector(".md-sidebar--primary");
    const button = asButton(menuLabel, ui.menu_open, drawer, sidebar);
    manage(drawer, button, () => sidebar && sidebar.querySelector("a[href]"));
    drawerButtons(sidebar);
  }
  if (search && searchLabel) {
    const box = document.querySelector("[data-guide-search]");
    const button = asButton(searchLabel, ui.search_open, search, box);
    manage(search, button, () => document.querySelector("[data-guide-search-input]"));
  }
}
