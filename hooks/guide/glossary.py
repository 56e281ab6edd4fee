"""Explain abbreviations in the page's language: append abbr definitions from data/glossary.yml."""

from __future__ import annotations


def append_abbreviations(markdown, page, config, build):
    lang = config.theme["language"]
    definitions = "\n".join(f"*[{term}]: {entry[lang]}" for term, entry in build.data.glossary.items())
    return f"{markdown}\n\n{definitions}\n"
