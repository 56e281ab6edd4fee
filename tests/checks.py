"""The checkers. Each takes built pages and returns a list of problems (empty when all is well).

Kept apart from the tests so that the meta-tests can feed each checker bad input and watch it
fail: a checker that stays green on a broken site is the worst outcome here.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from tests import official

LANGS = ("id", "en")


@dataclass
class Page:
    rel: str  # path under site/, e.g. "en/kontak/index.html"
    lang: str  # the language its location says it is in
    key: str  # the page shared by both languages, e.g. "kontak" ("" for the home page)
    soup: BeautifulSoup

    @property
    def name(self) -> str:
        return self.rel

    @cached_property
    def html(self) -> str:
        """The page as parsed, written out again (once: the checkers and the planted defects read it)."""
        return str(self.soup)

    @cached_property
    def article_text(self) -> str:
        """The visible text of the article."""
        return visible_text(BeautifulSoup(str(content(self)), "html.parser"))

    @cached_property
    def block_texts(self) -> set[str]:
        """The visible text of each paragraph, list item, cell and heading of the article (each
        page's once: several checkers read them, and the planted-defect tests over every page)."""
        blocks = content(self).find_all(["p", "li", "td", "th", "dd", "h1", "h2", "h3"])
        return {visible_text(BeautifulSoup(str(block), "html.parser")) for block in blocks}

    @cached_property
    def full_text(self) -> str:
        """The visible text of the whole page, theme included."""
        return visible_text(BeautifulSoup(self.html, "html.parser"))

    @cached_property
    def text_without_code(self) -> str:
        """The visible text of the whole page without its code elements (the worked examples)."""
        soup = BeautifulSoup(self.html, "html.parser")
        for code in soup.find_all("code"):
            code.extract()
        return visible_text(soup)

    @cached_property
    def article_text_outside_claims(self) -> str:
        """The visible text of the article without its marked claims ([data-claim]) and their marks."""
        copy = BeautifulSoup(str(content(self)), "html.parser")
        for node in copy.select("[data-claim]"):
            node.decompose()
        return visible_text(copy)


def page_from_html(rel: str, html: str) -> Page:
    lang = "en" if rel.startswith("en/") else "id"
    key = rel.removeprefix("en/").removesuffix("index.html").removesuffix(".html").strip("/")
    return Page(rel, lang, key, BeautifulSoup(html, "html.parser"))


def load_site(site: Path) -> list[Page]:
    pages = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith(("assets/", "pagefind/", "search/")):
            continue
        pages.append(page_from_html(rel, path.read_text(encoding="utf-8")))
    return pages


def content(page: Page):
    """The article: what the page says, without theme furniture."""
    return page.soup.select_one("article") or page.soup.body or page.soup


def visible_text(node) -> str:
    for hidden in node.find_all(["script", "style", "template"]):
        hidden.extract()
    return re.sub(r"\s+", " ", node.get_text())


def text_of(page: Page) -> str:
    return page.article_text


def tampered(pages, rel, old, new, count: int = 1):
    """A copy of the site's pages with `old` replaced in page `rel` (once; every time: count=-1)."""
    page = next(p for p in pages if p.rel == rel)
    html = page.html
    assert old in html, f"the defect cannot be planted: {old!r} is not on {rel}"
    bad = page_from_html(rel, html.replace(old, new, count))
    return [bad if p.rel == rel else p for p in pages]


# --- parity of the two languages --------------------------------------------------------------


def section_anchors(page: Page) -> list[str]:
    return [h.get("id", "") for h in content(page).find_all(["h2", "h3", "h4", "h5", "h6"])]


def contact_items(page: Page) -> set[str]:
    items = set()
    for link in content(page).find_all("a", href=True):
        parts = urlsplit(link["href"])
        if parts.hostname == "wa.me" and not parts.path.strip("/"):
            continue  # a share link, not a contact
        if (
            parts.scheme in ("tel", "mailto")
            or (parts.hostname == "wa.me" and parts.path.strip("/"))
            or (link["href"] in official.URLS)
        ):
            items.add(link["href"])
    return items


def check_parity(pages: list[Page]) -> list[str]:
    problems: list[str] = []
    by_key: dict[str, dict[str, Page]] = {}
    for page in pages:
        by_key.setdefault(page.key, {})[page.lang] = page
        declared = (page.soup.html or {}).get("lang") if page.soup.html else None
        if declared != page.lang:
            problems.append(f"{page.name}: <html lang={declared!r}>: expected {page.lang!r}")
    for key, langs in sorted(by_key.items()):
        missing = [lang for lang in LANGS if lang not in langs]
        if missing:
            present = next(iter(langs.values()))
            problems.append(
                f"{present.name}: missing translation in {', '.join(missing)} "
                f"(expected {'en/' if 'en' in missing else ''}{key + '/' if key else ''}index.html)"
            )
            continue
        ours, theirs = langs["id"], langs["en"]
        if section_anchors(ours) != section_anchors(theirs):
            problems.append(
                f"{theirs.name}: section anchors {section_anchors(theirs)} differ from "
                f"{ours.name}: expected {section_anchors(ours)}"
            )
        if contact_items(ours) != contact_items(theirs):
            problems.append(
                f"{theirs.name}: contact items differ from {ours.name}: "
                f"only in id {sorted(contact_items(ours) - contact_items(theirs))}, "
                f"only in en {sorted(contact_items(theirs) - contact_items(ours))}"
            )
    return problems


def check_contact_order(pages: list[Page]) -> list[str]:
    """The contact page lists its channels in the pinned order, the surest first, in both languages."""
    problems = []
    for page in pages:
        if page.key != "kontak":
            continue
        found = [h.get("id", "") for h in content(page).find_all("h2")]
        if found != official.CONTACT_ORDER:
            problems.append(f"{page.name}: channels in the order {found}, expected {official.CONTACT_ORDER}")
    return problems


# --- facts ------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def check_facts(pages: list[Page], facts: dict) -> list[str]:
    problems: list[str] = []
    texts = {(page.key, page.lang): normalise(text_of(page)) for page in pages}
    for number, (key, markers) in facts.items():
        for lang in LANGS:
            text = texts.get((key, lang))
            where = f"{'en/' if lang == 'en' else ''}{key}/index.html"
            if text is None:
                problems.append(f"fact {number}: page {where} is missing")
                continue
            for marker in markers[lang]:
                # Whole words only: "JK" is not said by "JKK".
                if not re.search(rf"(?<!\w){re.escape(normalise(marker))}(?!\w)", text):
                    problems.append(f"fact {number}: {where} does not say {marker!r}")
    return problems


# --- internal links and anchors: lychee, a maintained checker, run offline ---------------------


def remap_site_path(site: Path, site_url: str) -> list[str]:
    """A site served under a path (/REPO/ on GitHub Pages) links to itself from that path (its not-found
    pages, which must work at any depth): those links lead to the site's own files."""
    path = urlsplit(site_url).path.rstrip("/")
    return ["--remap", f"^file://{re.escape(str(site))}{re.escape(path)}([/#].*)?$ file://{site}$1"] if path else []


def run_lychee(lychee: Path, site: Path, site_url: str) -> list[str]:
    """Check every local link and #fragment of the built site; absolute links to the site's own
    URL (canonical, hreflang) are remapped to the local files and checked too."""
    result = subprocess.run(
        [
            str(lychee),
            "--offline",
            "--no-progress",
            "--include-fragments",
            "--format",
            "json",
            "--root-dir",
            str(site),
            "--index-files",
            "index.html",
            "--remap",
            f"^{re.escape(site_url.rstrip('/'))}/(.*)$ file://{site}/$1",
            *remap_site_path(site, site_url),
            "--exclude",
            r"^(tel|mailto):",
            "--",
            str(site),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        return [f"lychee did not report (exit {result.returncode}): {result.stderr.strip()[:500]}"]
    problems = []
    for source, errors in sorted(report.get("error_map", {}).items()):
        for error in errors:
            status = error.get("status", {})
            problems.append(
                f"{source}: broken link {error.get('url')!r}: {status.get('text')} {status.get('details', '')}".strip()
            )
    if result.returncode not in (0, 2) or (result.returncode == 2 and not problems):
        problems.append(f"lychee exited {result.returncode}: {result.stderr.strip()[:500]}")
    if not report.get("total"):
        problems.append("lychee checked no link at all: expected hundreds")
    return problems
