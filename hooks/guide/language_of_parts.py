"""Language of parts (WCAG 3.1.2): the other language's words on a page, listed once in
data/language_of_parts.yml, are wrapped in `<span lang="...">`, so that a screen reader reads
"Kartu Digital" on an English page in an Indonesian voice. The language switcher's links carry
their own `lang` (overrides/partials/alternate.html)."""

from __future__ import annotations

import re

from bs4 import NavigableString

SKIP = {"script", "style", "code", "pre", "abbr"}


def words_pattern(words: list[str]) -> re.Pattern:
    """Any of the words, whole (re keeps the compiled pattern: the same words, the same object)."""
    words = sorted(words, key=len, reverse=True)  # "Cek Saldo" before "Saldo"
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])")


def _foreign(node, root) -> bool:
    """Inside code, or already inside an element (below `root`) that says its language."""
    for parent in node.parents:
        if parent is root:
            return False
        if parent.name in SKIP or parent.get("lang"):
            return True
    return False


def _mark_toc(items, pattern: re.Pattern, lang: str) -> None:
    """The table of contents repeats the headings: its titles (plain text) get the same marks."""
    for item in items:
        item.title = pattern.sub(lambda m: f'<span lang="{lang}">{m.group(0)}</span>', item.title)
        _mark_toc(item.children, pattern, lang)


def mark_table_of_contents(html, page, config, build):
    """Before the template: the table of contents (plain text titles) gets the same marks."""
    other = "en" if config.theme["language"] == "id" else "id"
    _mark_toc(page.toc, words_pattern(build.data.language_of_parts[other]), other)
    return html


def mark_other_language(soup, page, config, build) -> None:
    """The page's article: its content, with what the template puts around it."""
    other = "en" if config.theme["language"] == "id" else "id"
    pattern = words_pattern(build.data.language_of_parts[other])
    article = soup.find("article")
    for text in list(article.find_all(string=pattern)) if article else []:
        if not isinstance(text, NavigableString) or _foreign(text, article):
            continue
        pieces = []
        last = 0
        for match in pattern.finditer(text):
            pieces.append(NavigableString(text[last : match.start()]))
            span = soup.new_tag("span", attrs={"lang": other})
            span.string = match.group(0)
            pieces.append(span)
            last = match.end()
        pieces.append(NavigableString(text[last:]))
        for piece in pieces:
            text.insert_before(piece)
        text.extract()
