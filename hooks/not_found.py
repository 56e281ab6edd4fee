"""The not-found page, once per language.

Every language build renders the theme's 404.html into the same file, site/404.html, and the last
build (English) wins. This keeps the default language's page at the root, where static hosts look
for it, and writes the English one to en/404.html. Its language switcher and hreflang alternates
lead to the two not-found pages, not to whatever page the build rendered last. A not-found page is
served at any depth, so its links are absolute paths: under site_url's path (GitHub Pages serves a
project at /REPO/), never the host's root.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError

_pages: dict[str, str] = {}


def _default(config) -> str:
    return config.plugins["i18n"].default_language if "i18n" in config.plugins else config.theme["language"]


def on_template_context(context, template_name, config, **kwargs):
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate")
    if template_name == "404.html" and alternates:
        default = _default(config)
        base = urlsplit(config.site_url or "/").path.rstrip("/") + "/"
        # mkdocs-static-i18n sets the attribute, which templates read first: set both.
        config.extra.alternate = config.extra["alternate"] = [
            {**alternate, "link": base + ("" if alternate["lang"] == default else f"{alternate['lang']}/") + "404.html"}
            for alternate in alternates
        ]
    return context


def on_post_template(output, template_name, config, **kwargs):
    if template_name != "404.html":
        return output
    lang, default = config.theme["language"], _default(config)
    _pages[lang] = output
    if lang == default:
        return output
    target = Path(config.site_dir) / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    if default not in _pages:
        raise PluginError(f"404.html: the {default!r} page was not built before {lang!r}")
    return _pages[default]
