"""The data files of words, as Pydantic models: data/checker.yml (the address rule and its worked
examples), data/ui.yml (screen text) and data/glossary.yml (abbreviations). Both languages always."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, Field, StringConstraints, ValidationError, model_validator

from guide import checker
from guide.models import DATA, LANGUAGES, PLACEHOLDER, Both, DataError, Strict, Text, describe, parse_yaml, read


class Example(Strict):
    address: Text
    official: bool
    why: Both

    @model_validator(mode="after")
    def verdict_follows_the_rule(self) -> Example:
        """The readers' checker (hooks/guide/checker.py, the same rule as the page's script) agrees."""
        official = checker.is_official_link(self.address)
        if official is not self.official:
            raise ValueError(
                f"{self.address!r} is marked official: {self.official}, but the readers' checker says {official}"
            )
        return self


class Steps(Strict):
    id: list[Text] = Field(min_length=1)
    en: list[Text] = Field(min_length=1)

    @model_validator(mode="after")
    def same_length(self) -> Steps:
        if len(self.id) != len(self.en):
            raise ValueError(
                f"expected the same number of steps in both languages, found {len(self.id)} and {len(self.en)}"
            )
        return self


Lowercase = Annotated[str, StringConstraints(pattern=r"^(?:[a-z]+|\$)$")]


class CheckerWords(Strict):
    """How the checker reads numbers in a message: see data/checker.yml."""

    currency: list[Lowercase] = Field(min_length=1)
    money: list[Lowercase] = Field(min_length=1)
    code: list[Lowercase] = Field(min_length=1)
    not_phone: list[Lowercase] = Field(min_length=1)
    calling: list[Lowercase] = Field(min_length=1)


class CheckerFile(Strict):
    shorteners: list[Annotated[str, StringConstraints(pattern=r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")]]
    rule: Steps
    examples: list[Example] = Field(min_length=1)
    words: CheckerWords


class UiFile(Strict):
    """Screen text: the same keys in both languages."""

    id: dict[str, Text]
    en: dict[str, Text]

    def __getitem__(self, lang: str) -> dict[str, str]:
        return getattr(self, lang)

    @model_validator(mode="after")
    def same_keys(self) -> UiFile:
        for lang, other in (LANGUAGES, LANGUAGES[::-1]):
            missing = sorted(set(getattr(self, other)) - set(getattr(self, lang)))
            if missing:
                raise ValueError(f"{lang}: missing translation of {', '.join(missing)}")
        return self

    @model_validator(mode="after")
    def same_placeholders(self) -> UiFile:
        """Both languages of a text leave the same places to fill ({year}, {date}...)."""
        for key in self.id:
            ours, theirs = (sorted(set(PLACEHOLDER.findall(getattr(self, lang)[key]))) for lang in LANGUAGES)
            if ours != theirs:
                shown = ["{" + name + "}" for name in ours], ["{" + name + "}" for name in theirs]
                raise ValueError(f"{key}: the two languages use different placeholders: id {shown[0]}, en {shown[1]}")
        return self


class GlossaryEntry(Both):
    @model_validator(mode="after")
    def one_line(self) -> GlossaryEntry:
        if any("\n" in text or "]" in text for text in (self.id, self.en)):
            raise ValueError("expected one line without ']'")
        return self


def load_checker(path: Path = DATA / "checker.yml") -> CheckerFile:
    return read(CheckerFile, path)


def load_ui(path: Path = DATA / "ui.yml") -> UiFile:
    return read(UiFile, path)


class Glossary(BaseModel):
    entries: dict[str, GlossaryEntry]


def load_glossary(path: Path = DATA / "glossary.yml") -> dict[str, GlossaryEntry]:
    try:
        raw = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DataError(f"{path}: cannot read: {error}") from None
    try:
        return Glossary.model_validate({"entries": raw}).entries
    except ValidationError as error:
        raise DataError(describe(path, error).replace(": entries.", ": ")) from None


class LanguageOfParts(Strict):
    """Words of one language quoted on the pages of the other."""

    id: list[Text] = Field(min_length=1)
    en: list[Text] = Field(min_length=1)

    def __getitem__(self, lang: str) -> list[str]:
        return getattr(self, lang)


def load_language_of_parts(path: Path = DATA / "language_of_parts.yml") -> LanguageOfParts:
    return read(LanguageOfParts, path)


Word = Annotated[str, StringConstraints(pattern=r"^[a-z0-9'’-]+(?: [a-z0-9'’-]+)*$")]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$")]


class Task(Strict):
    page: Slug
    anchor: Slug
    label: Text


class SearchWords(Strict):
    """One language's search words: synonym groups, stop words, the common tasks."""

    synonyms: list[list[Word]] = Field(min_length=1)
    stop_words: list[Word] = Field(min_length=1)
    tasks: list[Task] = Field(min_length=1, max_length=8)

    @model_validator(mode="after")
    def one_group_each(self) -> SearchWords:
        seen: dict[str, int] = {}
        for number, group in enumerate(self.synonyms):
            if len(group) < 2:
                raise ValueError(f"synonyms group {number} {group}: expected two words or more")
            for word in group:
                if word in seen:
                    raise ValueError(f"{word!r} is in synonyms groups {seen[word]} and {number}: expected one group")
                seen[word] = number
        both = sorted(seen.keys() & set(self.stop_words))
        if both:
            raise ValueError(f"{', '.join(both)}: a stop word cannot be a synonym (it would never be searched)")
        return self


class SearchFile(Strict):
    id: SearchWords
    en: SearchWords

    def __getitem__(self, lang: str) -> SearchWords:
        return getattr(self, lang)

    @model_validator(mode="after")
    def same_tasks(self) -> SearchFile:
        where = [(t.page, t.anchor) for t in self.id.tasks], [(t.page, t.anchor) for t in self.en.tasks]
        if where[0] != where[1]:
            raise ValueError(f"tasks: expected the same pages and anchors in both languages: {where[0]}, {where[1]}")
        return self


def load_search(path: Path = DATA / "search.yml") -> SearchFile:
    return read(SearchFile, path)
