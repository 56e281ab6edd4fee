"""Explain abbreviations in the page's language: append abbr definitions from data/glossary.yml."""

from __future__ import annotations

from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

GLOSSARY_FILE = Path(__file__).resolve().parent.parent / "data" / "glossary.yml"
LANGUAGES = ("id", "en")


def load(path: Path = GLOSSARY_FILE) -> dict[str, dict[str, str]]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise PluginError(f"{path}: cannot read the glossary: {error}") from None
    if not isinstance(raw, dict):
        raise PluginError(f"{path}: expected a mapping ABBREVIATION: {{id: ..., en: ...}}")
    for term, texts in raw.items():
        for lang in LANGUAGES:
            text = texts.get(lang) if isinstance(texts, dict) else None
            if not isinstance(text, str) or not text.strip():
                raise PluginError(f"{path}: {term}.{lang}: missing translation: expected non-empty text")
            if "\n" in text or "]" in text:
                raise PluginError(f"{path}: {term}.{lang}: expected one line without ']'")
    return raw


_glossary: dict | None = None


def on_config(config, **kwargs):
    global _glossary
    _glossary = load()
    return config


def on_page_markdown(markdown, page, config, files, **kwargs):
    lang = config.theme["language"]
    glossary = _glossary or load()
    definitions = "\n".join(f"*[{term}]: {texts[lang]}" for term, texts in glossary.items())
    return f"{markdown}\n\n{definitions}\n"
