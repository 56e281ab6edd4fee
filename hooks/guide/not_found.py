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


def _default(config) -> str:
    return config.plugins["i18n"].default_language if "i18n" in config.plugins else config.theme["language"]


def language_links(soup, page, config, build) -> None:
    """The switcher's links and the hreflang alternates lead to the other language's not-found page."""
    default = _default(config)
    base = urlsplit(config.site_url or "/").path.rstrip("/") + "/"
    links = soup.find_all("link", rel="alternate", hreflang=True) + soup.select("a.md-select__link[hreflang]")
    for link in links:
        lang = link["hreflang"]
        link["href"] = base + ("" if lang == default else f"{lang}/") + "404.html"


def one_per_language(output: str, config, build) -> str:
    """Keep the default language's page at site/404.html; write the others to LANG/404.html."""
    lang, default = config.theme["language"], _default(config)
    build.not_found[lang] = output
    if lang == default:
        return output
    target = Path(config.site_dir) / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    if default not in build.not_found:
        raise PluginError(f"404.html: the {default!r} page was not built before {lang!r}")
    return build.not_found[default]
