"""Screen text from data/ui.yml, in the page's language: templates get it as `ui`, the scripts as the
JSON block `guide-ui` (overrides/main.html), and Markdown's permalinks their title."""

from __future__ import annotations


def add_screen_text(context, config, build) -> None:
    text = build.data.ui[config.theme["language"]]
    script = {key: value for key, value in text.items() if key.startswith(("search_", "menu_", "open_", "offline_"))}
    context.update(ui=text, ui_all=build.data.ui, ui_script=script)


def title_permalinks(soup, page, config, build) -> None:
    """Markdown's permalinks (toc: permalink) get their title in the page's language."""
    title = build.data.ui[config.theme["language"]]["permalink_title"]
    for link in soup.find_all("a", class_="headerlink"):
        link["title"] = title
