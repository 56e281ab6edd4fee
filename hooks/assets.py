"""Asset loading: the guide's start-up script inlined, no Material bundle, the tiny favicon
inlined, and no file that nobody loads.

The template loads docs/assets/js/boot.js as a module file; this hook puts it, with its static
imports, into the page itself (hooks/guide/scripts.py), so that the header's buttons work as soon as
the page is parsed, without a round trip after the stylesheets.

Material's JavaScript bundle is not loaded (overrides/main.html): it was 35 of the first visit's
76 KiB, and what this guide used it for (the `js` class, abbreviations explained on tap) is in the
start-up script; the menu, search and language menu were the guide's own already. Material's
stylesheet and templates stay. The build fails if a template brings the bundle back.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import quote

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from guide.build import inner_language_build
from guide.html import parse, serialise
from guide.scripts import ScriptError, bundle

_inlined: dict = {}


def start_up(config) -> tuple[str, list[str]]:
    if "script" not in _inlined:
        try:
            _inlined["script"] = bundle(Path(config.docs_dir) / "assets" / "js")
        except ScriptError as error:
            raise PluginError(str(error)) from None
    return _inlined["script"]


def on_config(config, **kwargs):
    _inlined.clear()  # `mkdocs serve`: read the sources again on each rebuild
    return config


def rewrite(output: str, config, where: str) -> str:
    soup = parse(output)
    material = [s["src"] for s in soup.find_all("script", src=True) if "assets/javascripts/" in s["src"]]
    if material:
        raise PluginError(
            f"{where}: Material's JavaScript is loaded ({material[0]}): overrides/main.html leaves it out"
        )
    boot = next((s for s in soup.find_all("script", src=True) if s["src"].endswith("assets/js/boot.js")), None)
    if boot is None:
        raise PluginError(f"{where}: the guide's start-up script (assets/js/boot.js) was not found")
    del boot["src"]
    boot.string = start_up(config)[0]
    # The favicon is 300 bytes of SVG: inline it and save a request on every first visit.
    icon = soup.find("link", rel="icon")
    if icon is not None:
        svg = (Path(config.docs_dir) / config.theme["favicon"]).read_text(encoding="utf-8").strip()
        icon["href"] = "data:image/svg+xml," + quote(svg)
    return serialise(soup)


def on_post_page(output, page, config, **kwargs):
    return rewrite(output, config, page.file.src_uri)


def on_post_template(output, template_name, config, **kwargs):
    return rewrite(output, config, template_name) if template_name == "404.html" else output


# What Material ships for its own search (replaced by hooks/search.py), its bundle (not loaded) and
# source maps: nobody loads them. MkDocs also copies the vCard's template from overrides/ as it is:
# hooks/vcard.py writes the real cards. (The vendored libraries' licences ship beside them, in
# assets/js/vendor/, as MIT asks.)
DEAD = [
    "search",
    "assets/javascripts",
    "**/*.map",
    "vcard.vcf",
]


@event_priority(-250)  # after the search index (-200), before the security headers (-300)
def on_post_build(config, **kwargs):
    if inner_language_build(config):
        return
    site = Path(config.site_dir)
    inlined = [f"assets/js/{name}" for name in start_up(config)[1]]  # in every page now
    for pattern in DEAD + inlined:
        for path in sorted(site.glob(pattern), reverse=True):
            shutil.rmtree(path) if path.is_dir() else path.unlink()
