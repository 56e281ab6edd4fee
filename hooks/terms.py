"""One name for each thing (data/terms.yml): before the build, every page of docs/ and every screen
text (data/ui.yml, the contacts' names and notes in data/contacts.yml) is read for the words the file
replaces; the build fails naming each."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from guide.models import DataError, load_contacts
from guide.terms import load_terms, variants
from guide.texts import load_language_of_parts, load_ui


def problems(docs_dir: Path) -> list[str]:
    terms, ui, labels = load_terms(), load_ui(), load_language_of_parts()
    other = {"id": "en", "en": "id"}
    found = []
    for page in sorted(docs_dir.rglob("*.md")):
        lang = "en" if page.name.endswith(".en.md") else "id"
        for line, word, use in variants(page.read_text(encoding="utf-8"), lang, terms, labels[other[lang]]):
            found.append(f"{page}:{line}: {word!r}: use {use!r} (data/terms.yml)")
    screen = [(f"data/ui.yml: {lang}.{key}", lang, text) for lang in ("id", "en") for key, text in ui[lang].items()]
    for key, contact in load_contacts().contacts.items():
        for field in ("name", "audience", "ready", "note", "label"):
            both = getattr(contact, field)
            screen += [
                (f"data/contacts.yml: contacts.{key}.{field}.{lang}", lang, both[lang]) for lang in ("id", "en") if both
            ]
    for where, lang, text in screen:
        for _, word, use in variants(text, lang, terms, labels[other[lang]]):
            found.append(f"{where}: {word!r}: use {use!r} (data/terms.yml)")
    return found


def on_pre_build(config, **kwargs):
    try:
        found = problems(Path(config.docs_dir))
    except DataError as error:
        raise PluginError(str(error)) from None
    if found:
        raise PluginError("One name for each thing:\n  " + "\n  ".join(found))
