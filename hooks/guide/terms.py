"""One name for each thing, in the reader's words (data/terms.yml): the build fails on a word the
file says to replace, in a page (docs/) or in screen text (data/ui.yml), naming the file, the word
and the one to use instead.

Not checked: code (`...`), shortcodes, link targets, and quoted labels: text in double quotes, or
a term of data/language_of_parts.yml written as listed there (an app's own label, such as
"Call center", read in its own language).
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from pydantic import Field, model_validator

from guide.models import DATA, LANGUAGES, Strict, Text, read

QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|`[^`\n]*`|\{\{.*?\}\}|\]\([^)\s]*\)|<[^>\n]*>|\{\s*#[^}]*\}")


class Name(Strict):
    use: Text
    instead_of: list[Text] = Field(default_factory=list)


class Concept(Strict):
    concept: Text
    why: str = ""
    id: Name
    en: Name


class TermsFile(Strict):
    concepts: list[Concept] = Field(min_length=1)
    # abbreviations the guide may use that the glossary does not explain, each with its reason
    abbreviations: dict[str, Text]
    # words the spelling dictionaries do not know: names, app labels, loan words (both languages)
    words: dict[str, list[Text]]

    @model_validator(mode="after")
    def one_concept_per_word(self) -> TermsFile:
        for lang in LANGUAGES:
            seen: dict[str, str] = {}
            for concept in self.concepts:
                name = getattr(concept, lang)
                for word in [name.use, *name.instead_of]:
                    key = word.lower()
                    if key in seen and seen[key] != concept.concept:
                        raise ValueError(f"{lang}: {word!r} is named in {seen[key]!r} and {concept.concept!r}")
                    seen[key] = concept.concept
                if name.use.lower() in (w.lower() for w in name.instead_of):
                    raise ValueError(f"{concept.concept}: {lang}: {name.use!r} is both used and replaced")
        return self


def load_terms(path: Path = DATA / "terms.yml") -> TermsFile:
    return read(TermsFile, path)


def blank(text: str, labels: list[str]) -> str:
    """The text with what is not checked replaced by spaces (the same length: line numbers hold)."""
    text = QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    for label in sorted(labels, key=len, reverse=True):
        text = re.sub(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])", lambda m: " " * len(m.group(0)), text)
    return text


def variants(text: str, lang: str, terms: TermsFile, labels: list[str]) -> list[tuple[int, str, str]]:
    """(line, word found, word to use) for every replaced word in a text of one language."""
    checked = blank(text, labels)
    found = []
    for concept in terms.concepts:
        name = getattr(concept, lang)
        for word in name.instead_of:
            for match in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", checked, re.IGNORECASE):
                found.append((checked.count("\n", 0, match.start()) + 1, match.group(0), name.use))
    return sorted(found)


def problems(docs_dir: Path, data=None) -> list[str]:
    """Every replaced word of the pages of docs/ and of the screen text (data/ui.yml, the contacts'
    names and notes in data/contacts.yml). `data`: the build's (hooks/guide/data.py), or read here."""
    if data is None:
        from guide.data import load  # the data module reads this one's file: imported when needed

        data = load()
    terms, ui, labels = data.terms, data.ui, data.language_of_parts
    other = {"id": "en", "en": "id"}
    found = []
    for page in sorted(docs_dir.rglob("*.md")):
        lang = "en" if page.name.endswith(".en.md") else "id"
        for line, word, use in variants(page.read_text(encoding="utf-8"), lang, terms, labels[other[lang]]):
            found.append(f"{page}:{line}: {word!r}: use {use!r} (data/terms.yml)")
    screen = [(f"data/ui.yml: {lang}.{key}", lang, text) for lang in LANGUAGES for key, text in ui[lang].items()]
    for key, contact in data.contacts.contacts.items():
        for field in ("name", "audience", "ready", "note", "label"):
            both = getattr(contact, field)
            screen += [
                (f"data/contacts.yml: contacts.{key}.{field}.{lang}", lang, both[lang]) for lang in LANGUAGES if both
            ]
    for where, lang, text in screen:
        for _, word, use in variants(text, lang, terms, labels[other[lang]]):
            found.append(f"{where}: {word!r}: use {use!r} (data/terms.yml)")
    return found


def check_names(config, build) -> None:
    """One name for each thing: the build fails naming each replaced word."""
    found = problems(Path(config.docs_dir), build.data)
    if found:
        raise PluginError("One name for each thing:\n  " + "\n  ".join(found))
