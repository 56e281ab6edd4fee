"""Words: one name for each thing (data/terms.yml, checked by the build in hooks/guide/terms.py), every
abbreviation explained or allowed, and every page spell-checked in its own language with hunspell
(Debian's id_ID and en_GB dictionaries, installed by `make test` like chromium, plus the project's
short word list in data/terms.yml). Each check is shown failing on a planted defect."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import CData, NavigableString

from guide.terms import TermsFile, load_terms, variants
from guide.texts import load_glossary
from tests.checks import Page, page_from_html

DICTIONARIES = {"id": "id_ID", "en": "en_GB"}
CAPITALS = re.compile(r"(?<![\w.@/-])[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?![\w@/-]|\.[a-z])")
WORD = re.compile(r"(?<![\w.@/-])[^\W\d_]+(?:[-'’][^\W\d_]+)*(?![\w@/]|\.[a-z])")


def read_aloud(page: Page) -> str:
    """The text of the page in its own language: no code, no other language, no addresses. What
    get_text(" ") gives of the page's body with those elements taken out, read from the page as it is
    (a copy of the body to take them out of was parsed anew for each page)."""
    other = "en" if page.lang == "id" else "id"
    left_out = page.soup.body.select(f'script, style, code, pre, template, [lang="{other}"], [hidden], .md-select')
    out = {id(node) for node in left_out}
    return " ".join(
        text
        for text in page.soup.body.descendants
        if type(text) in (NavigableString, CData) and not any(id(parent) in out for parent in text.parents)
    )


# --- one name for each thing --------------------------------------------------------------------


def test_the_terms_check_names_the_file_the_word_and_the_one_to_use():
    terms = load_terms()
    page = 'Hubungi call center.\nKutipan "call center" dan `call center` dan Call center tidak dihitung.\n'
    found = variants(page, "id", terms, ["Call center"])  # a quoted label, as data/language_of_parts.yml lists one
    assert found == [(1, "call center", "layanan 175")], found
    assert variants("Ask your human resources department.", "en", terms, []) == [
        (1, "human resources department", "HR department")
    ]


def test_the_build_fails_on_a_replaced_word(tmp_path):
    from guide.terms import problems

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "x.md").write_text("# Judul\n\nTanya bagian SDM di kantor.\n", encoding="utf-8")
    (docs / "x.en.md").write_text("# Title\n\nAsk your HR department.\n", encoding="utf-8")
    found = problems(docs)
    assert f"{docs / 'x.md'}:3: 'bagian SDM': use 'HRD' (data/terms.yml)" in found, found


def test_a_word_in_two_concepts_is_refused():
    raw = load_terms().model_dump()
    raw["concepts"][1]["id"]["instead_of"].append(raw["concepts"][0]["id"]["use"])
    with pytest.raises(ValueError, match="is named in"):
        TermsFile.model_validate(raw)


# --- abbreviations --------------------------------------------------------------------------------


def abbreviations(pages: list[Page], allowed: set[str]) -> list[str]:
    problems = []
    for page in pages:
        for token in sorted(set(CAPITALS.findall(read_aloud(page)))):
            if token not in allowed and token.upper() not in allowed:
                problems.append(f"{page.rel}: {token!r} is neither in data/glossary.yml nor allowed in data/terms.yml")
    return problems


def allowed_abbreviations() -> set[str]:
    return set(load_glossary()) | set(load_terms().abbreviations) | set(load_terms().words["both"])


def test_every_abbreviation_is_explained_or_allowed(pages):
    problems = abbreviations(pages, allowed_abbreviations())
    assert not problems, "\n".join(problems)


def test_the_abbreviation_check_catches_an_unexplained_one(pages):
    page = next(p for p in pages if p.rel == "kontak/index.html")
    html = str(page.soup).replace("</article>", "<p>Hubungi CS BPJAMSOSTEKU.</p></article>", 1)
    problems = abbreviations([page_from_html(page.rel, html)], allowed_abbreviations())
    assert any("'BPJAMSOSTEKU'" in p for p in problems) and any("'CS'" in p for p in problems), problems


# --- spelling -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def hunspell() -> str:
    found = shutil.which("hunspell")
    missing = [d for d in DICTIONARIES.values() if not Path(f"/usr/share/hunspell/{d}.dic").is_file()]
    if not found or missing:
        pytest.fail(
            "hunspell or its dictionaries are missing: run 'make test' (it installs Debian's hunspell, hunspell-id "
            "and hunspell-en-gb where it can), or: sudo apt-get install hunspell hunspell-id hunspell-en-gb",
            pytrace=False,
        )
    return found


def rejected(hunspell: str, words: set[str], lang: str) -> set[str]:
    if not words:
        return set()
    out = subprocess.run(
        [hunspell, "-d", DICTIONARIES[lang], "-l"], input="\n".join(sorted(words)), capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return set(out.stdout.split())


def forms(word: str, lang: str) -> set[str]:
    """What a word may also be read as: lower case at the start of a sentence; in Indonesian, without
    the enclitic -nya, -ku, -mu that Debian's dictionary does not add (nomornya: nomor)."""
    found = {word, word.lower()}
    if lang == "en":
        found |= {w[:-2] for w in list(found) if w.endswith(("'s", "’s"))}
    if lang == "id":
        found |= {w[: -len(end)] for w in list(found) for end in ("nya", "ku", "mu") if w.endswith(end) and len(w) > 5}
    return found


def candidates(text: str, lang: str, known: set[str]) -> set[str]:
    """The words of a text to ask hunspell about: not addresses or times, abbreviations (checked
    above) or words the lists know in any of their forms."""
    text = " ".join(t for t in text.split() if not re.search(r"[./@:][A-Za-z0-9]", t))  # addresses, 06.00
    words = {w for w in WORD.findall(text) if not CAPITALS.fullmatch(w)}  # abbreviations: checked above
    return {w for w in words if not forms(w, lang) & known}


def unknown(hunspell: str, words: set[str], lang: str) -> set[str]:
    """The words hunspell rejects in every form they may be read as."""
    first = rejected(hunspell, words, lang)
    others = {w: forms(w, lang) - {w} for w in first}
    second = rejected(hunspell, set().union(*others.values()), lang) if others else set()
    return {w for w in first if not others[w] or others[w] <= second}


def runs(word: str) -> set[str]:
    """The word and every run of its parts: hunspell judges and prints a part alone where it splits a
    word (en_GB at a hyphen, id_ID at an apostrophe: well-knwon gives knwon, Jum'atx gives Jum and atx)."""
    parts = re.split(r"([-'’])", word)  # parts at even places, the marks between them at odd ones
    return {"".join(parts[i : j + 1]) for i in range(0, len(parts), 2) for j in range(i, len(parts), 2)}


def misspelt(hunspell: str, pages: list[Page]) -> list[str]:
    """Each page's unknown words. hunspell judges a word alone, whatever page it is on: each language's
    words of every page go to it together (two runs a language, where two a page took 5 s), and what
    it rejects is given back to the pages whose words hold it. What no page holds is reported too."""
    lists = load_terms().words
    asked = {
        page.rel: candidates(read_aloud(page), page.lang, set(lists["both"]) | set(lists[page.lang])) for page in pages
    }
    held = {rel: set().union(*map(runs, words)) for rel, words in asked.items()}
    langs = sorted({page.lang for page in pages})
    bad = {
        lang: unknown(hunspell, set().union(*(asked[p.rel] for p in pages if p.lang == lang)), lang) for lang in langs
    }
    problems = []
    for page in pages:
        for word in sorted(held[page.rel] & bad[page.lang]):
            problems.append(f"{page.rel}: {word!r} is not a {page.lang} word (hunspell {DICTIONARIES[page.lang]})")
    for lang in langs:
        for word in sorted(bad[lang] - set().union(*(held[p.rel] for p in pages if p.lang == lang))):
            problems.append(f"{word!r} is not a {lang} word (hunspell {DICTIONARIES[lang]}), on no page as such")
    return problems


def test_every_page_is_spelt_in_its_own_language(hunspell, pages):
    problems = misspelt(hunspell, pages)
    assert not problems, "add a real word to data/terms.yml (words), or fix it:\n" + "\n".join(problems)


def test_the_spelling_check_catches_a_typo_and_spam(hunspell, pages):
    page = next(p for p in pages if p.rel == "en/kontak/index.html")
    html = str(page.soup).replace("</article>", "<p>Recieve cheap viagra and cialis tablets.</p></article>", 1)
    problems = misspelt(hunspell, [page_from_html(page.rel, html)])
    for word in ("Recieve", "viagra", "cialis"):
        assert any(f"{word!r}" in p for p in problems), (word, problems)
    page = next(p for p in pages if p.rel == "kontak/index.html")
    html = str(page.soup).replace("</article>", "<p>Silakan hubungi kamu sekarng.</p></article>", 1)
    assert any("'sekarng'" in p for p in misspelt(hunspell, [page_from_html(page.rel, html)]))


def test_the_spelling_check_catches_a_typo_in_part_of_a_word(hunspell, pages):
    """hunspell splits a word at a hyphen (English) or an apostrophe (Indonesian) and rejects a part:
    the part is reported on the page that holds the word, with the other pages of the check."""
    en = next(p for p in pages if p.rel == "en/kontak/index.html")
    id_ = next(p for p in pages if p.rel == "kontak/index.html")
    planted = [
        page_from_html(en.rel, str(en.soup).replace("</article>", "<p>A well-knwon number.</p></article>", 1)),
        page_from_html(id_.rel, str(id_.soup).replace("</article>", "<p>Hari Jum’atx.</p></article>", 1)),
        *(p for p in pages if p.rel not in (en.rel, id_.rel)),
    ]
    problems = misspelt(hunspell, planted)
    assert f"{en.rel}: 'knwon' is not a en word (hunspell en_GB)" in problems, problems
    assert f"{id_.rel}: 'atx' is not a id word (hunspell id_ID)" in problems, problems


# --- steps first --------------------------------------------------------------------------------

METHOD_PAGES = {"aplikasi", "situs", "kontak", "hrd", "kantor"}  # the five ways to find the number


def steps_not_first(pages: list[Page]) -> list[str]:
    """On a method page, a section with numbered steps starts with its first step: what the reader
    does comes first, sources and notes after the steps (GOV.UK: action first)."""
    problems = []
    for page in pages:
        article = page.soup.select_one("article")
        if page.key not in METHOD_PAGES or article is None:
            continue
        for heading in article.find_all(["h2", "h3"]):
            section = []
            for node in heading.find_next_siblings():
                if node.name in ("h2", "h3"):
                    break
                section.append(node)
            if any(node.name == "ol" or node.find("ol") for node in section) and section[0].name != "ol":
                problems.append(f"{page.rel}#{heading.get('id')}: the section's steps do not come first")
    return problems


def test_on_the_method_pages_the_steps_come_first(pages):
    problems = steps_not_first(pages)
    assert not problems, "\n".join(problems)
    assert sum(len(p.soup.select("article ol")) for p in pages if p.key in METHOD_PAGES) >= 10


def test_the_steps_first_check_catches_a_line_before_the_steps(pages):
    page = next(p for p in pages if p.rel == "en/situs/index.html")
    first = page.soup.select_one("article ol")
    html = str(page.soup).replace(str(first), "<p>Sources say so.</p>" + str(first), 1)
    problems = steps_not_first([page_from_html(page.rel, html)])
    assert problems and problems[0].startswith("en/situs/index.html#"), problems
