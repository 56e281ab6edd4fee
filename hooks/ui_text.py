"""Screen text from data/ui.yml, in the page's language: templates get it as `ui`, the scripts as the
JSON block `guide-ui` (overrides/main.html), and Markdown's permalinks their title."""

from __future__ import annotations

from guide import texts

_ui: dict = {}


def on_config(config, **kwargs):
    _ui["file"] = texts.load_ui()
    return config


def on_page_markdown(markdown, page, config, files, **kwargs):
    """Each page is rendered with Markdown's options of the moment: give its permalinks their title."""
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = _text(config)["permalink_title"]
    return markdown


def _text(config) -> dict[str, str]:
    return _ui["file"][config.theme["language"]]


def _context(context, config) -> dict:
    text = _text(config)
    script = {key: value for key, value in text.items() if key.startswith(("search_", "menu_", "open_", "offline_"))}
    context.update(ui=text, ui_all=_ui["file"], ui_script=script)
    return context


def on_page_context(context, page, config, nav, **kwargs):
    return _context(context, config)


def on_template_context(context, template_name, config, **kwargs):
    return _context(context, config)
