"""Offline reading: the service worker (docs/sw.js) gets this build's version and, for each language,
the list of its pages and the files they use; each language gets a web app manifest.

The version is a hash of every other file of the site, so a new build is a new worker and a new
cache. Every page also carries the build of the files it uses (`<meta name="guide-build">`, a hash
of every file but the pages and the worker): the worker serves its saved scripts only to a page of
its own build. `OFFLINE=off` (mkdocs.yml: extra.offline) builds a worker that deletes its caches and
unregisters itself, and pages that register none: the way to switch offline reading off for readers
who already have it (deleting sw.js would leave their old worker running).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from mkdocs.exceptions import PluginError

from guide.html import parse
from guide.models import LANGUAGES

PLACEHOLDERS = ('"__GUIDE_VERSION__"', '"__GUIDE_LISTS__"', '"__GUIDE_ENABLED__"', '"__GUIDE_BUILD__"')
BUILD_MARK = "__GUIDE_BUILD__"  # overrides/main.html: <meta name="guide-build" content="__GUIDE_BUILD__">


def enabled(config) -> bool:
    value = str(config.extra.get("offline", "on")).strip().lower()
    if value not in ("on", "off"):
        raise PluginError(f"mkdocs.yml: extra.offline (OFFLINE): {value!r}: expected 'on' or 'off'")
    return value == "on"


def add_switch(context, config, build) -> None:
    context["offline"] = "on" if enabled(config) else "off"


def version(site: Path, pages: bool = True) -> str:
    """A hash of every file but the worker (pages=False: and but the pages, the build they carry)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in site.rglob("*") if p.is_file() and p.name != "sw.js"):
        if pages or path.suffix != ".html":
            digest.update(path.relative_to(site).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def mark_pages(site: Path) -> str:
    """Write the build of the pages' files into every page; return it."""
    build = version(site, pages=False)
    for html in sorted(site.rglob("*.html")):
        text = html.read_text(encoding="utf-8")
        if text.count(BUILD_MARK) != 1:
            raise PluginError(f"{html.relative_to(site)}: expected one {BUILD_MARK} (overrides/main.html)")
        html.write_text(text.replace(BUILD_MARK, build), encoding="utf-8")
    return build


def language_of(rel: str) -> str:
    return rel.split("/", 1)[0] if rel.split("/", 1)[0] in LANGUAGES[1:] else LANGUAGES[0]


def lists(site: Path, pages=None) -> dict[str, list[str]]:
    """Each language: its pages (as folders, the way readers open them), the files they load, every
    module the scripts may load later, and its search index. `pages`: (path, parsed page) of the
    built pages as written (the build's own), or None: read from `site`."""
    if pages is None:
        pages = [(html, parse(html.read_text(encoding="utf-8"))) for html in sorted(site.rglob("index.html"))]
    found: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
    for html, soup in pages:
        if html.name != "index.html":
            continue
        rel = html.relative_to(site).as_posix()
        lang = language_of(rel)
        found[lang].add(rel.removesuffix("index.html"))
        loaded = [tag.get("src") for tag in soup.find_all("script", src=True)]
        loaded += [tag.get("href") for tag in soup.find_all("link", rel=["stylesheet", "modulepreload"])]
        for address in loaded:
            if address and "://" not in address and not address.startswith("data:"):
                target = (html.parent / address).resolve().relative_to(site.resolve()).as_posix()
                found[lang].add(target)
    for lang in LANGUAGES:
        other = [f"stemmer-{o}.js" for o in LANGUAGES if o != lang]
        for module in sorted((site / "assets" / "js").rglob("*.js")):
            if module.name not in other:
                found[lang].add(module.relative_to(site).as_posix())
        found[lang].add(f"assets/search/{lang}.json")
        missing = sorted(a for a in found[lang] if a and not (site / a).exists())
        if missing:
            raise PluginError(f"offline list for '{lang}': files that are not in the site: {missing}")
    return {lang: sorted(found[lang], key=lambda a: (not a.endswith("/") and a != "", a)) for lang in LANGUAGES}


def worker(source: str, site: Path, on: bool, pages=None, mark: str | None = None) -> str:
    for placeholder in PLACEHOLDERS:
        if placeholder not in source:
            raise PluginError(f"docs/sw.js: the placeholder {placeholder} is missing")
    text = source.replace(PLACEHOLDERS[0], json.dumps(version(site)))
    text = text.replace(PLACEHOLDERS[3], json.dumps(mark or version(site, pages=False)))
    text = text.replace(PLACEHOLDERS[1], json.dumps(lists(site, pages), separators=(",", ":")))
    return text.replace(PLACEHOLDERS[2], "true" if on else "false")


def manifest(words: dict[str, str], lang: str) -> dict:
    return {
        "id": "./",
        "name": f"{words['app_name']} ({words['independent']})",
        "short_name": words["app_short_name"],
        "description": f"{words['independent']}. {words['app_description']}",
        "lang": lang,
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#1b5e20",
        "icons": [
            {"src": "../" * (lang != LANGUAGES[0]) + "assets/favicon.svg", "sizes": "any", "type": "image/svg+xml"}
        ],
    }


def write_worker(built, config, build) -> None:
    """Last: after every other step has written its files, so that the version covers them all."""
    site = built.folder
    for lang in LANGUAGES:
        folder = site if lang == LANGUAGES[0] else site / lang
        text = json.dumps(manifest(build.data.ui[lang], lang), ensure_ascii=False, indent=1, sort_keys=True)
        (folder / "manifest.webmanifest").write_text(text + "\n", encoding="utf-8")
    sw = site / "sw.js"
    if not sw.exists():
        raise PluginError(f"{sw}: missing: docs/sw.js is the service worker's source")
    pages = [(page.path, page.soup) for page in built.pages]
    mark = mark_pages(site)  # the pages are written (write_pages): the build mark goes into the files
    sw.write_text(worker(sw.read_text(encoding="utf-8"), site, enabled(config), pages, mark), encoding="utf-8")
