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


def _foreign(node) -> bool:
    """Inside code, or already inside an element that says its language."""
    return any(parent.name in SKIP or parent.get("lang") for parent in node.parents if parent.name)


def _mark_toc(items, pattern: re.Pattern, lang: str) -> None:
    """The table of contents repeats the headings: its titles (plain text) get the same marks."""
    for item in items:
        item.title = pattern.sub(lambda m: f'<span lang="{lang}">{m.group(0)}</span>', item.title)
        _mark_toc(item.children, pattern, lang)


def mark_other_language(soup, page, config, build) -> None:
    """The page's content (before the template) and its table of contents."""
    other = "en" if config.theme["language"] == "id" else "id"
    pattern = words_pattern(build.data.language_of_parts[other])
    _mark_toc(page.toc, pattern, other)
    for text in list(soup.find_all(string=pattern)):
        if not isinstance(text, NavigableString) or _foreign(text):
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
