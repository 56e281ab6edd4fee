"""The first screen's rules in every page, so that it paints without waiting for the stylesheet.

On a slow phone (400 kbit/s, 400 ms round trip) the page's own bytes arrive in about 0.6 s, and the
stylesheet, asked for only then, took another round trip and its bytes: the first paint came at
1.3-1.4 s (BENCHMARKS.md). Now each page carries, in a `<style>`, the rules that can style what a
reader sees first on any page, at any width: the header, the menu and the side bars, the search box
(not its results), and the start of the article. The whole stylesheet follows without holding the
paint (`media="print"` until the start-up script switches it on, and a `<noscript>` link for readers
without JavaScript). It comes after the first-screen rules and holds them all, so once it is in, the
page is exactly as with the stylesheet alone. tests/test_first_screen.py compares, in chromium, what
the first screen looks like with these rules only and with the whole stylesheet, and watches for
layout shifts while the stylesheet arrives late.

The rules are one block for every page (one hash in the Content-Security-Policy), chosen without a
browser: soupsieve matches each selector against the first-screen elements of every page, with the
states a reader or a script turns on (`:hover`, `:checked`, the class `js`, ...) taken as on, so a
rule is kept whenever it might apply. A selector soupsieve cannot read is kept.
"""

from __future__ import annotations

import re

import soupsieve
import tinycss2
from bs4 import Tag

from guide.styles import GROUPING, _parse, _text, needs, selectors, unused_properties_removed

ARTICLE_START = 60  # elements of the article counted as the first screen, enough for a tall phone (412 x 915
# px), a tall tablet (800 x 1100) and a desktop (1280 x 1080) on every page (25 left the poster's email link and
# the home page's note unstyled on them until the stylesheet came)
NOT_FIRST = (".md-search-result", ".md-dialog")  # shown only when a reader asks
# States and parts a selector may name that the static page cannot show: taken out, so the rule is
# tested on the element itself (and kept if it might match in any state). `:not(...)` too: what a
# script fills in (`.guide-open:not(:empty)`, docs/assets/js/open-now.js) is empty in the built page.
STATES = re.compile(
    r"::?(?:-webkit-[\w-]+|-moz-[\w-]+|not|hover|focus-visible|focus-within|focus|active|visited|target|checked|"
    r"placeholder-shown|disabled|enabled|indeterminate|before|after|marker|placeholder|selection|backdrop|"
    r"first-letter|first-line)(?![\w-])(?:\([^()]*\))?"
)
SCRIPT_CLASS = "js"  # set on <html> where scripts run, before the first paint (overrides/main.html)
# The labels the start-up script turns into buttons before a reader can use them (docs/assets/js/a11y.js
# asButton): the button it draws in each one's place, with the attributes it sets.
SCRIPT_BUTTONS = "label.md-header__button[for], label.md-nav__link[for], label.md-nav__title[for]"


def _scripted(soup) -> list[Tag]:
    """Beside each such label, the button the script makes of it (taken out again after the choice)."""
    added = []
    for label in soup.select(SCRIPT_BUTTONS):
        attrs = {"type": "button", "class": label.get("class", []), "data-guide-for": label["for"]}
        attrs |= {"aria-label": "", "aria-expanded": "false", "aria-controls": ""}
        button = soup.new_tag("button", attrs=attrs)
        label.insert_after(button)
        added.append(button)
    return added


def first_elements(soup) -> list[Tag]:
    """The page's elements a reader may see before scrolling: everything before the article and
    the footer, then the article's first elements."""
    later = set()
    for el in soup.select(", ".join(NOT_FIRST)):
        later.add(id(el))
        later.update(id(inner) for inner in el.find_all(True))
    for article in soup.find_all("article"):
        later.update(id(el) for el in article.find_all(True)[ARTICLE_START:])
    return [soup.html, *(el for el in soup.html.find_all(True) if id(el) not in later)]


def _has(elements) -> set[tuple]:
    found = set()
    for el in elements:
        found.add(("tag", el.name))
        for name, value in el.attrs.items():
            found.add(("attr", name))
            for one in value if isinstance(value, list) else [value]:
                found.add(("attr", name, one))
                if name == "class":
                    found.add(("class", one))
    return found


def _compiled(selector: str):
    simple = STATES.sub("", selector).strip() or "*"
    simple = re.sub(r"(^|[(,])\s*([>+~])", r"\1*\2", simple)  # a state taken from ":checked~x" leaves "~x"
    try:
        return soupsieve.compile(simple)
    except Exception:  # noqa: BLE001 - soupsieve cannot read it: kept, as it might apply
        return None


def rules(css: str, soups: list, named: set[str] = frozenset()) -> str:
    """The rules of `css` that may style a first-screen element of any of the pages, in their order,
    with only the custom properties they read (or a page or a script names: `named`)."""
    before, added, elements = [soup.html.get("class") for soup in soups], [], []
    for soup in soups:
        soup.html["class"] = [*soup.html.get("class", []), SCRIPT_CLASS]
        added += _scripted(soup)
        elements.append(first_elements(soup))
    screens = [(soup, {id(el) for el in found}) for soup, found in zip(soups, elements, strict=True)]
    present = _has(el for found in elements for el in found)
    seen: dict[str, bool] = {}

    def may_match(selector_tokens) -> bool:
        text = _text(selector_tokens)
        if text not in seen:
            if not needs(selector_tokens) <= present:
                seen[text] = False
            else:
                compiled = _compiled(text)
                seen[text] = compiled is None or any(
                    any(id(el) in ids for el in compiled.iselect(soup)) for soup, ids in screens
                )
        return seen[text]

    def walk(nodes) -> str:
        out = []
        for node in nodes:
            if node.type == "qualified-rule":
                live = [_text(s) for s in selectors(node.prelude) if may_match(s)]
                if live:
                    out.append(",".join(live) + "{" + tinycss2.serialize(node.content) + "}")
            elif node.type == "at-rule" and node.lower_at_keyword in GROUPING and node.content is not None:
                inner = walk(tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True))
                if inner:
                    out.append(f"@{node.at_keyword} {_text(node.prelude)}{{{inner}}}")
            elif node.type == "at-rule" and node.lower_at_keyword == "font-face":
                out.append(node.serialize())
        return "".join(out)

    try:
        kept = walk(_parse(css))
    finally:
        for button in added:
            button.extract()
        for soup, classes in zip(soups, before, strict=True):
            if classes is None:
                del soup.html["class"]
            else:
                soup.html["class"] = classes
    names = set(re.findall(r"animation(?:-name)?\s*:\s*([\w-]+)", kept))
    frames = [n.serialize() for n in _parse(css) if n.type == "at-rule" and n.lower_at_keyword == "keyframes"]
    kept += "".join(f for f in frames if any(f"keyframes {name}" in f for name in names))
    return unused_properties_removed(kept, named)
