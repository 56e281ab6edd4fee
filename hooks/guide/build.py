"""Where a build stands: mkdocs-static-i18n runs one inner build per language inside the outer one,
and what the pipeline (hooks/pipeline.py) keeps for the length of one outer build."""

from __future__ import annotations

from dataclasses import dataclass, field

from guide.data import Data


def inner_language_build(config) -> bool:
    """True inside a language's own build: work on the whole site waits for the outer build's end,
    when every language is on disk."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and getattr(i18n, "building", False)


@dataclass
class Build:
    """One outer build (both languages): made new at its start, so `mkdocs serve` reads the sources
    again on each rebuild."""

    data: Data
    macros: dict[str, object] = field(default_factory=dict)  # each language's overrides/partials/shortcodes.html
    script: tuple[str, list[str]] | None = None  # the start-up script, inlined (guide/assets.py)
    not_found: dict[str, str] = field(default_factory=dict)  # each language's rendered 404.html
