"""The first screen's rules in every page, so that it paints without waiting for the stylesheet.

On a slow phone (400 kbit/s, 400 ms round trip) the page's own bytes arrive in about 0.6 s, and the
stylesheet, asked for only then, took another round trip and its bytes: the first paint came at
1.3-1.4 s (BENCHMARKS.md). Now each page carries, in a `<style>`, the rules that can style what a
reader sees first on any page, at any width: the header, the menu and the side bars, the search box
(not its results), and the start of the article. The rest of the stylesheet follows without
holding the paint (`media="print"` until the start-up script switches it on, and a `<noscript>` link
for readers without JavaScript): the rules the block lacks, so that a first visit does not fetch the
block's rules twice (`split`).

Taken out of their place, the block's rules come before all the others. Where a rule of the rest came
first in the stylesheet and may style the same element with the same property at the same specificity,
the order decided which won: such a block rule stays in the rest too, after it (`_reordered`: cssselect2
gives the specificity, soupsieve the elements of every page). Once the rest is in, every element looks
as with the whole stylesheet: tests/test_styles.py compares them in chromium, what scripts draw
included; tests/test_first_screen.py compares the first screen with the block only and watches for
layout shifts while the rest arrives late.

The rules are one block for every page (one hash in the Content-Security-Policy), chosen without a
browser: soupsieve matches each selector against the first-screen elements of every page, with the
states a reader or a script turns on (`:hover`, `:checked`, the class `js`, ...) taken as on, so a
rule is kept whenever it might apply. A selector soupsieve cannot read is kept.
"""

from __future__ import annotations

import itertools
import re

import cssselect2
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


def _simple(selector: str) -> str:
    """The selector without the states and parts the static page cannot show (`STATES`). One that
    stands alone (`.x :hover`, `:checked~x`) stands for any element: `*`, not nothing."""

    def taken(match) -> str:
        alone = match.start() == 0 or selector[match.start() - 1] in " >+~(,"
        return "*" if alone else ""

    return STATES.sub(taken, selector).strip() or "*"


def _compiled(selector: str):
    try:
        return soupsieve.compile(_simple(selector))
    except Exception:  # noqa: BLE001 - soupsieve cannot read it: kept, as it might apply
        return None


# A selector's subject that names its element plainly: a tag, classes, an id, attributes with plain or
# quoted values, and pseudo-classes without arguments.
SUBJECT = re.compile(r"""[\w.#*-]*(?:\[[\w-]+(?:[~|^$*]?=(?:"[^"]*"|'[^']*'|[\w-]+))?\]|:[\w-]+)*""")


class Elements:
    """Elements by tag and by class, so that a selector is tried only on those its subject (the part
    after its last combinator) names: soupsieve's `select` tries every element of a page."""

    def __init__(self, elements):
        self.every, self.by = list(elements), {}
        self.order = {id(el): number for number, el in enumerate(self.every)}
        for el in self.every:
            self.by.setdefault(el.name, []).append(el)
            for name in el.get("class") or []:
                self.by.setdefault("." + name, []).append(el)

    def named(self, compound: str) -> list | None:
        """The elements with the rarest class or the tag a compound selector names; None if it names
        neither, or is not plain (`SUBJECT`)."""
        if not SUBJECT.fullmatch(compound):
            return None  # a function, or a combinator's character inside an attribute value
        compound = re.sub(r"""\[(?:"[^"]*"|'[^']*'|[^\]"'])*\]""", "", compound)  # values may hold dots and ']'
        names = ["." + name for name in re.findall(r"\.([\w-]+)", compound)]
        tag = re.match(r"[a-zA-Z][\w-]*", compound)
        keys = names or ([tag.group().lower()] if tag else [])
        return min((self.by.get(key, []) for key in keys), key=len) if keys else None

    def candidates(self, simple: str) -> list:
        """The elements the selector may match: those its subject names (`named`); where it names no
        class or tag (`li > :last-child`), the children, next siblings or descendants of those the
        compound before it names."""
        parts = re.split(r"\s*([>+~]|\s)\s*", simple.strip())
        found = self.named(parts[-1])
        if found is not None or not SUBJECT.fullmatch(parts[-1]) or len(parts) < 3:
            return self.every if found is None else found
        before = self.named(parts[-3])
        if before is None:
            return self.every
        near = {
            ">": lambda el: el.find_all(True, recursive=False),
            "+": lambda el: el.find_next_siblings(True, limit=1),
            "~": lambda el: el.find_next_siblings(True),
        }.get(parts[-2], lambda el: el.find_all(True))
        found = {id(one): one for el in before for one in near(el) if id(one) in self.order}
        return sorted(found.values(), key=lambda el: self.order[id(el)])  # in the pages' order


# Properties that may set the same value, by the first word of their name (a shorthand and its parts;
# the vendor prefix taken off): a rule of the rest and a block rule that share none cannot be in conflict.
FAMILIES = {
    **dict.fromkeys(("top", "right", "bottom", "left"), "inset"),
    **dict.fromkeys(("width", "height", "inline", "block", "min", "max"), "size"),
    **dict.fromkeys(("place", "justify"), "align"),
    **dict.fromkeys(("row", "column", "columns"), "gap"),
    "line": "font",
    "word": "overflow",
    "white": "text",  # white-space and text-wrap set the same values
    "page": "break",  # page-break-* and break-*
}
ALIASES = {"grid-gap": "gap", "grid-row-gap": "gap", "grid-column-gap": "gap"}  # the old names of gap


def families(content) -> set[str]:
    """The families of the properties a rule sets ("all" sets every one; "--" stands for every custom
    property: a rule that sets one stays whole in the rest anyway)."""
    found = set()
    for item in tinycss2.parse_declaration_list(content, skip_comments=True, skip_whitespace=True):
        if item.type == "declaration" and item.name.startswith("--"):
            found.add("--")
        elif item.type == "declaration":
            name = re.sub(r"^-[a-z]+-", "", item.lower_name)
            first = ALIASES.get(name, name.split("-")[0])
            found.add(FAMILIES.get(first, first))
    return found


def specificity(selector: str) -> set[tuple] | None:
    """The selector's specificity and pseudo-element (cssselect2); None where it cannot read it, and
    for `:nth-child(... of S)`, which cssselect2 0.10 counts without S."""
    if re.search(r":nth-(?:last-)?child\([^)]*\bof\b", selector):
        return None
    try:
        compiled = cssselect2.compile_selector_list(tinycss2.parse_component_value_list(selector))
    except cssselect2.SelectorError:
        return None
    return {(one.specificity, one.pseudo_element) for one in compiled}


def _reordered(selector: str, sets: set[str], earlier: list[tuple], both) -> bool:
    """Whether a block rule's selector, moved before the rest, could lose to a rule of the rest that
    came before it: one that sets a property of the same family, at the same specificity (or one that
    cannot be read), on an element of some page that both may match (or where one cannot be matched).
    A selector of the rest that matches no element of any page styles what a script draws: those are
    compared in the browser (tests/test_styles.py)."""
    mine = specificity(selector)
    for other, their_sets, theirs in earlier:
        if not (sets & their_sets or "all" in sets or "all" in their_sets):
            continue
        if mine is not None and theirs is not None and not mine & theirs:
            continue
        if both(selector, other):
            return True
    return False


def _rest_only(node) -> bool:
    """A group whose rules all go to the rest: `@media print` (not the screen's), and `@layer` (the
    first mention of a layer sets its rank, so a layer's rules in the block would rank the layers in the
    block's order; unlayered rules outrank layered ones either way)."""
    keyword = node.lower_at_keyword
    return keyword == "layer" or (keyword == "media" and _text(node.prelude).lower() == "print")


def split(css: str, soups: list, named: set[str] = frozenset()) -> tuple[str, str]:
    """The first screen's rules: those of `css` that may style a first-screen element of any of the
    pages, in their order, with only the custom properties they read (or a page or a script names:
    `named`). And the rest of `css`: every rule the block lacks, in its order, with a block rule again
    where taking it out would change which rule wins (`_reordered`), and whole where the block keeps
    only some of its custom properties."""
    before, added, elements = [soup.html.get("class") for soup in soups], [], []
    for soup in soups:
        soup.html["class"] = [*soup.html.get("class", []), SCRIPT_CLASS]
        added += _scripted(soup)
        elements.append(first_elements(soup))
    first = Elements(el for found in elements for el in found)
    on_page = [[soup.html, *soup.html.find_all(True)] for soup in soups]
    every = Elements(el for found in on_page for el in found)
    page_of = {id(el): number for number, found in enumerate(on_page) for el in found}

    def by_page(elements):
        """The elements in groups of one page each, in order: soupsieve's `filter` matches a group with
        one matcher (and its caches), where `match` makes one for each element."""
        for _, group in itertools.groupby(elements, key=lambda el: page_of[id(el)]):
            yield list(group)

    present = _has(first.every)
    compiled: dict[str, object] = {}
    seen: dict[str, bool] = {}

    def matcher(text: str):
        """The selector as it is tried on the static page (`_simple`); None where soupsieve cannot read it."""
        if text not in compiled:
            compiled[text] = _compiled(text)
        return compiled[text]

    def may_match(selector_tokens) -> bool:
        text = _text(selector_tokens)
        if text not in seen:
            if not needs(selector_tokens) <= present:
                seen[text] = False
            else:
                one = matcher(text)
                seen[text] = one is None or any(one.filter(page) for page in by_page(first.candidates(_simple(text))))
        return seen[text]

    def both(one: str, other: str) -> bool:
        """Whether an element of some page may match both selectors, in any state (yes if either
        cannot be read)."""
        a, b = matcher(one), matcher(other)
        if a is None or b is None:
            return True
        fewer = min(every.candidates(_simple(one)), every.candidates(_simple(other)), key=len)
        return any(b.filter(a.filter(page)) for page in by_page(fewer))

    earlier: list[tuple] = []  # the rest's selectors so far: (text, property families, specificity)

    def walk(nodes, rest_only: bool = False) -> tuple[str, str]:
        block, rest = [], []
        for node in nodes:
            if node.type == "qualified-rule":
                content, sets = tinycss2.serialize(node.content), families(node.content)
                custom = "--" in sets
                live, later = [], []
                for tokens in selectors(node.prelude):
                    text = _text(tokens)
                    shown = not rest_only and may_match(tokens)
                    if shown:
                        live.append(text)
                    if not shown or custom or _reordered(text, sets, earlier, both):
                        later.append(text)
                        earlier.append((text, sets, specificity(text)))
                if live:
                    block.append(",".join(live) + "{" + content + "}")
                if later:
                    rest.append(",".join(later) + "{" + content + "}")
            elif node.type == "at-rule" and node.lower_at_keyword in GROUPING and node.content is not None:
                inner = walk(
                    tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True),
                    rest_only or _rest_only(node),
                )
                head = f"@{node.at_keyword} {_text(node.prelude)}"
                block += [f"{head}{{{inner[0]}}}"] if inner[0] else []
                rest += [f"{head}{{{inner[1]}}}"] if inner[1] else []
            elif node.type == "at-rule" and node.lower_at_keyword == "font-face":
                block.append(node.serialize())
            else:  # @keyframes (the block takes a copy of those it names), `@layer a, b;` and any other
                rest.append(node.serialize())
        return "".join(block), "".join(rest)

    try:
        kept, rest = walk(_parse(css))
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
    return unused_properties_removed(kept, named), rest
