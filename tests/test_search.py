"""Search in a real browser: the reader's language only, Indonesian word forms meet, realistic
queries find the right page first (listed exceptions: in the top three). Runs the same function the
header box runs."""

from __future__ import annotations

import re

import pytest

from tests import checks
from tools.search_queries import AFFIXES, EN, ID, TOP1_EXCEPTIONS

pytestmark = pytest.mark.browser
PREFIX = {"id": "/", "en": "/en/"}


@pytest.fixture(scope="module")
def search_pages(browser, server):
    context = browser.new_context()
    pages = {}
    for lang, prefix in PREFIX.items():
        page = context.new_page()
        page.goto(server.url + prefix)
        pages[lang] = page
    yield pages
    context.close()


def top(search_pages, lang, query, count=3) -> list[str]:
    found = search_pages[lang].evaluate("async (q) => (await window.guideSearch(q)).map(r => r.url)", query)
    return found[:count]


def page_url(lang: str, key: str) -> str:
    return PREFIX[lang] + ("" if key == "index" else f"{key}/")


@pytest.mark.parametrize("lang, query, key", [("id", q, k) for q, k in ID] + [("en", q, k) for q, k in EN])
def test_query_finds_its_page_first(search_pages, lang, query, key):
    found = top(search_pages, lang, query)
    expected = page_url(lang, key)
    if (lang, query) not in TOP1_EXCEPTIONS:
        assert found[:1] == [expected], f"{lang}: {query!r}: expected {expected} first, found {found}"
    else:
        assert expected in found, f"{lang}: {query!r}: expected {expected} in the top 3, found {found}"
        assert found[0] != expected, f"{lang}: {query!r} now finds its page first: remove it from TOP1_EXCEPTIONS"


def test_there_are_at_least_twenty_queries_per_language():
    assert len(ID) >= 20 and len(EN) >= 20


@pytest.mark.parametrize(
    "lang, query",
    [
        ("id", "whatsapp"),
        ("id", "JHT"),
        ("id", "BPJS Ketenagakerjaan"),
        ("en", "whatsapp"),
        ("en", "JHT"),
        ("en", "BPJS Ketenagakerjaan"),
    ],
)
def test_results_come_only_from_the_readers_language(search_pages, lang, query):
    found = top(search_pages, lang, query, count=50)
    assert found, f"{lang}: {query!r} found nothing"
    other = [url for url in found if url.startswith("/en/") != (lang == "en")]
    assert not other, f"{lang}: {query!r} returned pages of the other language: {other}"


@pytest.mark.parametrize("query, key", AFFIXES)
def test_indonesian_word_forms_meet(search_pages, pages, query, key):
    target = next(p for p in pages if p.key == key and p.lang == "id")
    text = checks.text_of(target)
    assert not re.search(rf"\b{query}\b", text, re.IGNORECASE), (
        f"{target.name} contains {query!r} itself: the test would not show stemming"
    )
    found = top(search_pages, "id", query, count=50)
    assert page_url("id", key) in found, f"{query!r}: expected {page_url('id', key)} among the results, found {found}"


def test_search_box_in_the_header_shows_results_as_you_type(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server.url + "/en/situs/")
    page.click(".md-header__button[data-guide-for=__search]")
    box = page.locator("[data-guide-search-input]")
    box.wait_for(state="visible")
    box.fill("whatsapp abroa")  # one input event: the state to wait for is the results of this query
    page.wait_for_selector(
        '[data-guide-search][data-search-state=done][data-search-query="whatsapp abroa"]', state="attached"
    )
    links = page.locator("[data-search-result]")
    assert links.count() > 0 and links.first.is_visible()
    assert links.first.get_attribute("data-search-result") == "/en/kontak/"
    links.first.click()
    page.wait_for_url(re.compile(r"/en/kontak/"))
    context.close()


def test_pages_avoid_word_forms_the_index_cannot_stem(pages):
    """Snowball's Indonesian stemmer leaves "mengecek" and "dicek" whole (it strips no prefix from a
    two-syllable word), so a page that writes them would not be found by "cek". The search box maps
    such queries to the root; pages write the root."""
    pattern = re.compile(r"\b(?:menge|penge|di)(?:cek|klik|tes|cap)\w*", re.IGNORECASE)
    found = [f"{p.name}: {m.group(0)!r}" for p in pages if p.lang == "id" for m in pattern.finditer(checks.text_of(p))]
    assert not found, "write the root form ('cek', 'dicek') instead of: " + ", ".join(found)
