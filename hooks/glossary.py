"""Explain abbreviations in the page's language: append abbr definitions from data/glossary.yml."""

from __future__ import annotations

from guide import texts

_glossary: dict = {}


def on_config(config, **kwargs):
    _glossary.clear()
    _glossary.update(texts.load_glossary())
    return config


def on_page_markdown(markdown, page, config, files, **kwargs):
    lang = config.theme["language"]
    definitions = "\n".join(f"*[{term}]: {entry[lang]}" for term, entry in _glossary.items())
    return f"{markdown}\n\n{definitions}\n"
