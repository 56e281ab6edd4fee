"""Where a build stands: mkdocs-static-i18n runs one inner build per language inside the outer one."""

from __future__ import annotations


def inner_language_build(config) -> bool:
    """True inside a language's own build: work on the whole site waits for the outer build's end,
    when every language is on disk."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and getattr(i18n, "building", False)
