"""Material's stylesheet without the rules that the guide cannot use (tinycss2 parses it).

A rule stays unless a class, an element or an attribute it requires (with the value of a
`[name=value]`) occurs in no page and no script of the site as a word. A selector list keeps the
selectors that may match. Counted are only what a selector requires outside functions, so a class in
`:not()`, `:is()`, `:where()` or `:has()` never removes a rule. Then the custom properties that no
rule reads go (`unused_properties_removed`).
`@media`, `@supports`, `@layer` and `@container` keep what they keep, and go when they keep nothing;
every other at-rule (`@font-face`, `@keyframes`, `@page`, ...) stays as it is.
"""

from __future__ import annotations

import re

import tinycss2

GROUPING = {"media", "supports", "layer", "container"}
COMMENT = re.compile(r"/\*.*?\*/", re.S)
WORD = re.compile(r"[A-Za-z0-9_-]+")


class StyleError(ValueError):
    pass


def words(text: str) -> set[str]:
    """Every word of a page or a script: a class a script adds is in it as a string."""
    return set(WORD.findall(text))


def _text(tokens) -> str:
    """Tokens as CSS, each run of white space at this level as one space."""
    return "".join(" " if token.type == "whitespace" else token.serialize() for token in tokens).strip()


def selectors(prelude) -> list[list]:
    """A selector list, split at its top-level commas."""
    parts: list[list] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def required_classes(selector) -> set[str]:
    """The classes an element must carry for the selector to match it (nested blocks not counted)."""
    found = set()
    for before, token in zip(selector, selector[1:], strict=False):
        if before.type == "literal" and before.value == "." and token.type == "ident":
            found.add(token.value)
    return found


def needs(selector) -> set[tuple]:
    """What an element, or one around it, must have for the selector to match, read from its
    top-level tokens (nothing inside `:not()` and other functions): ("class", name), ("tag", name),
    ("attr", name) or ("attr", name, value) for `[name=value]`."""
    needs = {("class", name) for name in required_classes(selector)}
    before = None
    for token in selector:
        if token.type == "ident" and (before is None or before.type == "whitespace" or before == ">"):
            needs.add(("tag", token.value.lower()))
        elif token.type == "[] block":
            parts = [t for t in token.content if t.type != "whitespace"]
            if parts and parts[0].type == "ident":
                needs.add(("attr", parts[0].value.lower()))
                if len(parts) == 3 and parts[1] == "=" and parts[2].type in ("ident", "string"):
                    needs.add(("attr", parts[0].value.lower(), parts[2].value))
        before = token
    return needs


def words_needed(selector) -> set[str]:
    """The words a page or a script must hold for the selector to match anything: the classes, the
    element names and the attributes (with the words of a `[name=value]`) it requires."""
    found = set()
    for need in needs(selector):
        if need[0] == "attr" and len(need) == 3:
            found.update(WORD.findall(need[2]))
        else:
            found.add(need[1])
    return found


def _check(node, where: str):
    if node.type == "error":
        raise StyleError(f"{where}: line {node.source_line}, column {node.source_column}: {node.message}")


def _rules(nodes, used: set[str] | None, where: str, strict: bool = False) -> str:
    """The rules that may match (all of them when `used` is None); `strict` also checks that every
    block holds declarations and refuses @import and @charset."""
    out = []
    for node in nodes:
        _check(node, where)
        if node.type == "qualified-rule":
            if strict:
                _declarations(node, where)
            live = [_text(s) for s in selectors(node.prelude) if used is None or words_needed(s) <= used]
            if live:
                out.append(",".join(live) + "{" + tinycss2.serialize(node.content) + "}")
        elif node.type != "at-rule":
            continue
        elif strict and node.lower_at_keyword in ("import", "charset"):
            raise StyleError(f"{where}: @{node.at_keyword} is not allowed: the stylesheets are joined into one file")
        elif node.lower_at_keyword in GROUPING and node.content is not None:
            inner = tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True)
            kept = _rules(inner, used, where, strict)
            if kept:
                out.append(f"@{node.at_keyword} {_text(node.prelude)}{{{kept}}}")
        else:
            out.append(node.serialize())
    return "".join(out)


def _parse(css: str):
    return tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)


def purge(css: str, used: set[str], where: str) -> str:
    """The stylesheet with only the rules that may match an element of the site."""
    return _rules(_parse(css), used, where)


def _declarations(node, where: str):
    """Every rule's block must be declarations: a brace left open swallows the rules after it,
    which then show up here as a declaration that is none."""
    for item in tinycss2.parse_declaration_list(node.content, skip_comments=True, skip_whitespace=True):
        if item.type == "error":
            selector = _text(node.prelude)[:60]
            raise StyleError(
                f"{where}: line {item.source_line}, in '{selector}': expected declarations ('name: value;'); "
                "is a brace left open?"
            )


def tidy(css: str, where: str) -> str:
    """The guide's own stylesheet with every rule, without its comments and its white space between
    rules; checked more strictly than Material's, as it is ours."""
    out = _rules(_parse(css), None, where, strict=True)
    if out.count("}") != COMMENT.sub("", css).count("}"):  # the parser closes at the end what was left open
        raise StyleError(f"{where}: a block is still open at the end of the file: a '}}' is missing")
    return out


VAR = re.compile(r"var\(\s*(--[A-Za-z0-9_-]+)")


def _without_properties(nodes, unused: set[str]) -> str:
    out = []
    for node in nodes:
        if node.type == "qualified-rule":
            items = tinycss2.parse_declaration_list(node.content, skip_comments=True, skip_whitespace=True)
            if not any(item.type == "declaration" and item.name in unused for item in items):
                out.append(node.serialize())
                continue
            kept = [item.serialize() for item in items if not (item.type == "declaration" and item.name in unused)]
            if kept:
                out.append(tinycss2.serialize(node.prelude).strip() + "{" + ";".join(kept) + "}")
        elif node.type == "at-rule" and node.lower_at_keyword in GROUPING and node.content is not None:
            inner = _without_properties(
                tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True), unused
            )
            if inner:
                out.append(f"@{node.at_keyword} {_text(node.prelude)}{{{inner}}}")
        else:
            out.append(node.serialize())
    return "".join(out)


def unused_properties_removed(css: str, named: set[str] = frozenset()) -> str:
    """Without the custom properties (`--md-*`) that no `var()` reads: Material defines one for
    every icon, colour and component, used or not. A property read only by another that goes is
    unused too, so this repeats until nothing changes. One `named` elsewhere (a word of a page or a
    script, which might read or set it) stays."""
    while True:
        declared = set(re.findall(r"[{;](--[A-Za-z0-9_-]+)\s*:", css))
        unused = declared - set(VAR.findall(css)) - named
        if not unused:
            return css
        css = _without_properties(_parse(css), unused)
