"""Asset loading: the guide's start-up script inlined, no Material bundle, the tiny favicon
inlined, the modules loaded later minified, and no file that nobody loads.

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

import rjsmin
from mkdocs.exceptions import PluginError

from guide.scripts import ScriptError, bundle


def start_up(config, build) -> tuple[str, list[str]]:
    """The start-up script with its static imports, and the files it took in: joined once a build."""
    if build.script is None:
        try:
            build.script = bundle(Path(config.docs_dir) / "assets" / "js")
        except ScriptError as error:
            raise PluginError(str(error)) from None
    return build.script


def inline_start_up(soup, page, config, build) -> None:
    """No Material bundle; the start-up script and the favicon inlined."""
    where = page.file.src_uri if page else "404.html"
    material = [s["src"] for s in soup.find_all("script", src=True) if "assets/javascripts/" in s["src"]]
    if material:
        raise PluginError(
            f"{where}: Material's JavaScript is loaded ({material[0]}): overrides/main.html leaves it out"
        )
    boot = next((s for s in soup.find_all("script", src=True) if s["src"].endswith("assets/js/boot.js")), None)
    if boot is None:
        raise PluginError(f"{where}: the guide's start-up script (assets/js/boot.js) was not found")
    del boot["src"]
    boot.string = start_up(config, build)[0]
    # The favicon is 300 bytes of SVG: inline it and save a request on every first visit.
    icon = soup.find("link", rel="icon")
    if icon is not None:
        svg = (Path(config.docs_dir) / config.theme["favicon"]).read_text(encoding="utf-8").strip()
        icon["href"] = "data:image/svg+xml," + quote(svg)


# What Material's theme ships: its bundle (not loaded), with lunr and the search worker (the guide's
# search is hooks/guide/search.py), and source maps: nobody loads them. (The vendored libraries'
# licences ship beside them, in assets/js/vendor/, as MIT asks.)
DEAD = [
    "assets/javascripts",
    "**/*.map",
]


def minify_modules(site, config, build) -> None:
    """The modules loaded later (search, share, offline reading, the checker...): their comments and
    spaces are for the sources. A third of their bytes on a slow line (BENCHMARKS.md)."""
    for path in sorted((site.folder / "assets" / "js").glob("*.js")):  # not vendor/: minified already
        path.write_text(rjsmin.jsmin(path.read_text(encoding="utf-8")), encoding="utf-8")


def remove_dead_files(site, config, build) -> None:
    """Material's bundle and source maps, and the start-up script's modules (in every page now):
    nobody loads them."""
    inlined = [f"assets/js/{name}" for name in start_up(config, build)[1]]  # in every page now
    for pattern in DEAD + inlined:
        for path in sorted(site.folder.glob(pattern), reverse=True):
            shutil.rmtree(path) if path.is_dir() else path.unlink()
