"""One stylesheet a page, named by its content: Material's stylesheet without the rules no page and
no script of the guide can use, then the guide's own (docs/assets/guide.css), in that order.

The stylesheet holds back the first paint. On a slow phone (400 kbit/s, 400 ms round trip) its
bytes were most of the wait after the page itself: Material's is 23 KiB gzipped, and this guide uses
about half of it (hooks/guide/styles.py says what is kept). The file's name carries a hash of its
content, so hosts may keep it for a year (hooks/security.py) and a changed style still reaches a
returning reader at once. tests/test_styles.py compares, in chromium, every element's computed style
with the full stylesheets and with this one.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from guide.build import inner_language_build
from guide.html import parse, serialise
from guide.styles import StyleError, purge, tidy, words

MATERIAL = "assets/stylesheets/"  # Material's main.<hash>.min.css (and its unused palette) are here
GUIDE = "assets/guide.css"


def stylesheets(soup) -> list:
    return [link for link in soup.find_all("link", rel="stylesheet") if "://" not in link.get("href", "")]


def expected(links: list, where: str) -> None:
    """The two stylesheets every page loads, Material's first."""
    hrefs = [link["href"] for link in links]
    if len(hrefs) != 2 or MATERIAL + "main." not in hrefs[0] or not hrefs[1].endswith(GUIDE):
        raise PluginError(
            f"{where}: expected two stylesheets, Material's {MATERIAL}main.*.min.css then {GUIDE}; found {hrefs}"
        )


def joined(site: Path, material: str, docs: Path) -> str:
    try:
        css = purge((site / material).read_text(encoding="utf-8"), used(site), material)
        return css + tidy((docs / GUIDE).read_text(encoding="utf-8"), f"docs/{GUIDE}")
    except StyleError as error:
        raise PluginError(str(error)) from None


def used(site: Path) -> set[str]:
    """Every word of the pages and the scripts: a class a script adds is in it as a string."""
    return set().union(
        *(words(path.read_text(encoding="utf-8")) for path in [*site.rglob("*.html"), *site.rglob("*.js")])
    )


@event_priority(-260)  # after the clean-up (-250), before the security headers (-300) and offline lists (-400)
def on_post_build(config, **kwargs):
    if inner_language_build(config):
        return
    site = Path(config.site_dir)
    pages = {path: parse(path.read_text(encoding="utf-8")) for path in sorted(site.rglob("*.html"))}
    links = {path: stylesheets(soup) for path, soup in pages.items()}
    for path, found in links.items():
        expected(found, str(path.relative_to(site)))
    materials = {MATERIAL + found[0]["href"].split(MATERIAL, 1)[1] for found in links.values()}
    if len(materials) != 1:
        raise PluginError(f"the pages load different Material stylesheets: {sorted(materials)}")
    css = joined(site, materials.pop(), Path(config.docs_dir))
    name = f"guide.{hashlib.sha256(css.encode()).hexdigest()[:10]}.css"
    for old in (site / MATERIAL).glob("*.css"):  # Material's main and its palette (not loaded)
        old.unlink()
    (site / GUIDE).unlink()
    (site / MATERIAL / name).write_text(css, encoding="utf-8")
    for path, soup in pages.items():
        first, second = links[path]
        first["href"] = first["href"].split(MATERIAL)[0] + MATERIAL + name
        second.decompose()
        path.write_text(serialise(soup), encoding="utf-8")
