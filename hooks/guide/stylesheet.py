"""One stylesheet a page, named by its content: Material's stylesheet without the rules no page and
no script of the guide can use, then the guide's own (docs/assets/guide.css), in that order.

The stylesheet holds back the first paint. On a slow phone (400 kbit/s, 400 ms round trip) its
bytes were most of the wait after the page itself: Material's is 23 KiB gzipped, and this guide uses
about half of it (hooks/guide/styles.py says what is kept). The file's name carries a hash of its
content, so hosts may keep it for a year (hooks/guide/security.py) and a changed style still reaches a
returning reader at once. The file holds the rules that every page's first-screen block lacks
(hooks/guide/first_screen.py `split`), so a first visit fetches no rule twice. tests/test_styles.py
compares, in chromium, every element's computed style with the full stylesheets and with the block
and this file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from bs4 import NavigableString
from mkdocs.exceptions import PluginError

from guide import first_screen
from guide.styles import StyleError, purge, tidy, unused_properties_removed, words

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


def joined(site: Path, material: str, docs: Path, found: set[str]) -> str:
    """Material's stylesheet purged by the words `found` in the pages and scripts, then the guide's,
    without the custom properties no rule reads."""
    try:
        css = purge((site / material).read_text(encoding="utf-8"), found, material)
        return unused_properties_removed(css + tidy((docs / GUIDE).read_text(encoding="utf-8"), f"docs/{GUIDE}"), found)
    except StyleError as error:
        raise PluginError(str(error)) from None


def used(site: Path, pages: list[str] | None = None) -> set[str]:
    """Every word of the pages (as built: `pages`, or read from `site`) and the scripts: a class a
    script adds is in it as a string."""
    if pages is None:
        pages = [path.read_text(encoding="utf-8") for path in site.rglob("*.html")]
    return set().union(
        *(words(text) for text in pages), *(words(path.read_text(encoding="utf-8")) for path in site.rglob("*.js"))
    )


def join_stylesheets(site, config, build) -> None:
    pages = {page.path: page.soup for page in site.pages}
    links = {path: stylesheets(soup) for path, soup in pages.items()}
    for path, found in links.items():
        expected(found, str(path.relative_to(site.folder)))
    materials = {MATERIAL + found[0]["href"].split(MATERIAL, 1)[1] for found in links.values()}
    if len(materials) != 1:
        raise PluginError(f"the pages load different Material stylesheets: {sorted(materials)}")
    found = used(site.folder, [page.text for page in site.pages])
    css = joined(site.folder, materials.pop(), Path(config.docs_dir), found)
    screen, rest = first_screen.split(css, list(pages.values()), found)
    name = f"guide.{hashlib.sha256(rest.encode()).hexdigest()[:10]}.css"
    for old in (site.folder / MATERIAL).glob("*.css"):  # Material's main and its palette (not loaded)
        old.unlink()
    (site.folder / GUIDE).unlink()
    (site.folder / MATERIAL / name).write_text(rest, encoding="utf-8")
    for path, soup in pages.items():
        first, second = links[path]
        first["href"] = first["href"].split(MATERIAL)[0] + MATERIAL + name
        space = second.previous_sibling  # the line break before it goes with it
        if isinstance(space, NavigableString) and not space.strip():
            space.extract()
        second.decompose()
        later(soup, first, screen)


def later(soup, link, screen: str) -> None:
    """The first screen's rules in the page, and the rest of the stylesheet after them without holding
    the first paint: `media="print"` until docs/assets/js/boot.js switches it on, and a `<noscript>` link
    that holds it for readers without JavaScript (hooks/guide/first_screen.py)."""
    style = soup.new_tag("style")
    style.string = screen
    link.insert_before(style)
    fallback = soup.new_tag("noscript")
    fallback.append(soup.new_tag("link", attrs={"href": link["href"], "rel": "stylesheet"}))
    link.insert_after(fallback)
    link["media"] = "print"
    link["data-guide-stylesheet"] = ""
