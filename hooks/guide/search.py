"""Search: one small index per language, searched in the page by MiniSearch (docs/assets/js/).

After the last language build, every page's article (`data-search-body`, overrides/main.html) is cut
into its sections (h1, h2, h3 with their anchors) and written, with the language's synonyms and stop
words from data/search.yml, to `assets/search/<lang>.json`. The box stems and indexes it in the
reader's browser, so the same stemmer meets the pages and the query. Pages are found by `<html
lang>`, so a reader's search never returns the other language. The common tasks shown in the empty
box come from the same data file, as plain links.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from guide.models import LANGUAGES
from guide.texts import SearchFile

SECTION = ("h1", "h2", "h3")
SKIP = ("script", "style", "template", ".guide-evidence")  # how sure a claim is: not what readers search


def add_tasks(context, config, build) -> None:
    """The common tasks shown in the empty box (overrides/partials/search.html), as `search_tasks`."""
    lang = config.theme["language"]
    prefix = "./" if lang == "id" else f"{lang}/"  # "./": the home page, for MkDocs' url filter
    context["search_tasks"] = [
        {"href": f"{prefix}{'' if t.page == 'index' else t.page + '/'}#{t.anchor}", "label": t.label}
        for t in build.data.search[lang].tasks
    ]


def sections(body) -> list[dict]:
    """The article's text, cut at each heading: [{anchor, heading, text, parent}], in page order. An
    h3's parent is its h2's heading: shown before it in the results ("WhatsApp abroad › Hours in your
    local time"), but not searched as its words. The h2 holds them; read as the h3's own, they made
    the h3 outrank its h2 for the h2's own subject (a question about contacting the agency from
    abroad opened the table of local hours, the one section that names countries)."""
    for node in body.select("[data-search-ignore], a.headerlink, " + ", ".join(SKIP)):
        node.decompose()
    for node in body.find_all("p"):  # "[What to bring to a branch office](kantor.md).": another page's topic
        links = node.find_all("a", href=True)
        if len(links) == 1 and not links[0]["href"].startswith("#") and _bare(node) == _bare(links[0]):
            node.decompose()
    found = [{"anchor": "", "heading": "", "text": [], "parent": ""}]
    parent = ""
    for node in body.descendants:
        if getattr(node, "name", None) in SECTION:
            heading = node.get_text(" ", strip=True)
            parent = heading if node.name != "h3" else parent
            above = parent if node.name == "h3" else ""
            found.append({"anchor": node.get("id", ""), "heading": heading, "text": [], "parent": above})
        elif isinstance(node, str) and not any(getattr(p, "name", None) in SECTION for p in node.parents):
            found[-1]["text"].append(node)
    for section in found:
        section["text"] = re.sub(r"\s+", " ", " ".join(section["text"])).strip()
    return [s for s in found if s["heading"] or s["text"]]


def _bare(node) -> str:
    return re.sub(r"[\W_]+", "", node.get_text()).lower()


def page_path(site: Path, html: Path) -> str:
    rel = html.relative_to(site).as_posix()
    return rel.removesuffix("index.html")


def build_index(site: Path, pages, words_file: SearchFile) -> dict[str, dict]:
    """`pages`: (path, parsed page) for every built page; each article is read from a copy."""
    docs: dict[str, list] = {lang: [] for lang in LANGUAGES}
    for html, soup in pages:
        if html.name == "404.html":
            continue
        body = soup.find(attrs={"data-search-body": True})
        if body is None:
            continue
        body = copy.copy(body)  # sections() takes out what is not searched: the page itself keeps it
        lang = soup.html.get("lang")
        if lang not in docs:
            raise PluginError(f"{html}: <html lang={lang!r}>: expected one of {', '.join(LANGUAGES)}")
        try:
            boost = float(body.get("data-search-boost", 1))
        except ValueError:
            raise PluginError(f"{html}: search: boost: {body['data-search-boost']!r}: expected a number") from None
        found = sections(body)
        title = next((s["heading"] for s in found if s["heading"]), "")
        if not title:
            raise PluginError(f"{html}: the article has no heading: a search result needs a title")
        for section in found:
            doc = {"p": page_path(site, html), "t": title, "a": section["anchor"], "h": section["heading"]}
            doc |= {"u": section["parent"]} if section["parent"] else {}
            docs[lang].append(doc | {"x": section["text"]} | ({"b": boost} if boost != 1 else {}))
    index = {}
    for lang in LANGUAGES:
        anchors = {(doc["p"], doc["a"]) for doc in docs[lang]}
        prefix = "" if lang == "id" else f"{lang}/"
        for task in words_file[lang].tasks:
            path = prefix + ("" if task.page == "index" else f"{task.page}/")
            if (path, task.anchor) not in anchors:
                raise PluginError(
                    f"data/search.yml: {lang}.tasks: '{task.label}' leads to {task.page}#{task.anchor}: "
                    f"expected a page of docs/ with a section of that anchor"
                )
        if not docs[lang]:
            raise PluginError(f"{site}: no page in '{lang}' has a searchable article (data-search-body)")
        words = words_file[lang]
        index[lang] = {
            "lang": lang,
            "synonyms": words.synonyms,
            "stop": words.stop_words,
            "docs": [dict(doc, i=n) for n, doc in enumerate(docs[lang])],
        }
    return index


def write_index(site, config, build) -> None:
    out = site.folder / "assets" / "search"
    out.mkdir(parents=True, exist_ok=True)
    pages = [(page.path, page.soup) for page in site.pages]
    for lang, index in build_index(site.folder, pages, build.data.search).items():
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        (out / f"{lang}.json").write_text(text, encoding="utf-8")
