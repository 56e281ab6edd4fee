"""Every data file of data/, read and validated once a build into one object (`Data`), which the
pipeline (hooks/pipeline.py) hands to each step. A malformed entry fails the build naming the file,
the path and what was expected (hooks/guide/models.py, texts.py, terms.py)."""

from __future__ import annotations

from guide.models import ContactsFile, Strict, load_contacts
from guide.terms import TermsFile, load_terms
from guide.texts import (
    CheckerFile,
    GlossaryEntry,
    LanguageOfParts,
    SearchFile,
    UiFile,
    load_checker,
    load_glossary,
    load_language_of_parts,
    load_search,
    load_ui,
)


class Data(Strict):
    contacts: ContactsFile  # data/contacts.yml: every number, address and URL, the claims, the sources
    checker: CheckerFile  # data/checker.yml: the address rule, its worked examples, the checker's words
    ui: UiFile  # data/ui.yml: screen text, both languages
    glossary: dict[str, GlossaryEntry]  # data/glossary.yml: abbreviations explained
    language_of_parts: LanguageOfParts  # data/language_of_parts.yml: the other language's quoted words
    search: SearchFile  # data/search.yml: synonyms, stop words, the common tasks
    terms: TermsFile  # data/terms.yml: one name for each thing


def load() -> Data:
    """Each file once, in this order: the first malformed one stops the build."""
    return Data(
        contacts=load_contacts(),
        checker=load_checker(),
        ui=load_ui(),
        glossary=load_glossary(),
        language_of_parts=load_language_of_parts(),
        search=load_search(),
        terms=load_terms(),
    )
