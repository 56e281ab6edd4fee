"""Search in a real browser: the reader's language only, Indonesian word forms meet, realistic
queries find the right page first (listed exceptions: in the top three) and open it at the section
that holds the answer (top-1 section, 90% a language or more). Runs the same function the header box
runs."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tests import checks
from tools.search_queries import AFFIXES, EN, ID, SECTION_MISSES, TOP1_EXCEPTIONS, pages_of

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


def on_site(url: str, base: str) -> str:
    """A result's address from the site's start: the site may be served under a path (`base`: /REPO
    on GitHub Pages, as the publishing workflow builds it), which the expected addresses leave out."""
    return url[len(base) :] if base and url.startswith(base + "/") else url


def base_of(page, lang: str) -> str:
    """The path the site is served under, read from a search page (at its language's start)."""
    return urlsplit(page.url).path.removesuffix(PREFIX[lang])


def top(search_pages, lang, query, count=3) -> list[str]:
    page = search_pages[lang]
    found = page.evaluate("async (q) => (await window.guideSearch(q)).map(r => r.url)", query)
    return [on_site(url, base_of(page, lang)) for url in found[:count]]


def page_url(lang: str, key: str) -> str:
    return PREFIX[lang] + ("" if key == "index" else f"{key}/")


def section_url(lang: str, answer: str) -> str:
    """The link an answer names: "kontak#whatsapp" -> "/kontak/#whatsapp"; a page alone, its top."""
    page, _, anchor = answer.partition("#")
    return page_url(lang, page) + (f"#{anchor}" if anchor else "")


def opened(search_pages, lang, query) -> str:
    """Where the first result leads: its path and its anchor (the link the reader taps)."""
    page = search_pages[lang]
    found = page.evaluate(
        "async (q) => (await window.guideSearch(q)).slice(0, 1).map(r => { const u = new URL(r.href); "
        "return u.pathname + u.hash; })[0] || ''",
        query,
    )
    return on_site(found, base_of(page, lang))


QUERIES = [("id", q, pages_of(answers)) for q, *answers in ID] + [("en", q, pages_of(answers)) for q, *answers in EN]
SECTIONS = [("id", q, answers) for q, *answers in ID] + [("en", q, answers) for q, *answers in EN]


@pytest.mark.parametrize("lang, query, keys", QUERIES)
def test_query_finds_its_page_first(search_pages, lang, query, keys):
    found = top(search_pages, lang, query)
    expected = [page_url(lang, key) for key in keys]
    if (lang, query) not in TOP1_EXCEPTIONS:
        assert found[:1] and found[0] in expected, f"{lang}: {query!r}: expected {expected} first, found {found}"
    else:
        assert set(found) & set(expected), f"{lang}: {query!r}: expected one of {expected} in the top 3, found {found}"
        assert found[0] not in expected, f"{lang}: {query!r} now finds its page first: remove it from TOP1_EXCEPTIONS"


def test_enough_queries_and_few_exceptions():
    """The search issue's targets: 60 queries a language or more, top-1 at 90% or more (the
    exceptions), top-3 at 100% and never empty (each query's own test)."""
    for lang, queries in (("id", ID), ("en", EN)):
        assert len(queries) >= 60, f"{lang}: {len(queries)} queries, expected at least 60"
        assert len({q for q, *_ in queries}) == len(queries), f"{lang}: a query is listed twice"
        exceptions = [q for (code, q) in TOP1_EXCEPTIONS if code == lang]
        assert len(exceptions) <= len(queries) // 10, f"{lang}: top-1 below 90%: {exceptions}"
        unknown = set(exceptions) - {q for q, *_ in queries}
        assert not unknown, f"{lang}: TOP1_EXCEPTIONS lists queries that are not in the list: {unknown}"


@pytest.mark.parametrize("lang, query, answers", SECTIONS)
def test_query_opens_the_section_that_answers(search_pages, lang, query, answers):
    """The first result's link, anchor included, opens one of the sections that hold the answer (for
    the queries of SECTION_MISSES: not, and the test says when one of them does)."""
    found = opened(search_pages, lang, query)
    expected = [section_url(lang, a) for a in answers]
    if (lang, query) not in SECTION_MISSES:
        assert found in expected, (
            f"{lang}: {query!r}: expected the first result to open one of {expected}, it opens {found!r}"
        )
    else:
        assert found not in expected, f"{lang}: {query!r} now opens {found}: remove it from SECTION_MISSES"


def test_top1_section_at_least_90_percent(site):
    """Top-1 section: in each language, the first result opens a section that answers for 90% of the
    queries or more. The misses are exactly SECTION_MISSES (each query's own test above fails on a
    miss not listed and on a listed one that now opens its section), so the share is counted from
    that list, without running every query in the browser a second time. Every answer names a section
    of the index."""
    import json

    for lang, queries in (("id", ID), ("en", EN)):
        index = json.loads((site / "assets" / "search" / f"{lang}.json").read_text(encoding="utf-8"))
        anchors = {(doc["p"], doc["a"]) for doc in index["docs"]}
        prefix = "" if lang == "id" else f"{lang}/"
        for query, *answers in queries:
            for answer in answers:
                page, _, anchor = answer.partition("#")
                path = prefix + ("" if page == "index" else f"{page}/")
                assert not anchor or (path, anchor) in anchors, (
                    f"{lang}: {query!r}: {answer!r} is no section of the index"
                )
        listed = [q for (code, q) in SECTION_MISSES if code == lang]
        share = 1 - len(listed) / len(queries)
        assert share >= 0.9, f"{lang}: top-1 section {share:.0%} (expected 90% or more); misses: {listed}"
        unknown = set(listed) - {q for q, *_ in queries}
        assert not unknown, f"{lang}: SECTION_MISSES lists queries that are not in the list: {unknown}"


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
    assert on_site(links.first.get_attribute("data-search-result"), urlsplit(server.url).path) == "/en/kontak/"
    links.first.click()
    page.wait_for_url(re.compile(r"/en/kontak/"))
    context.close()


def test_every_synonym_reaches_a_page(search_pages):
    """Each member of each synonym group finds something: a group whose words are on no page, or a
    member the box cannot parse, fails here."""
    from guide import texts

    words = texts.load_search()
    empty = []
    for lang in ("id", "en"):
        for group in words[lang].synonyms:
            for member in group:
                if not top(search_pages, lang, member):
                    empty.append(f"{lang}: {member!r} ({group})")
    assert not empty, "synonyms that find nothing: " + "; ".join(empty)


def typos(word: str) -> list[str]:
    """The four one-letter typos: a letter missing, doubled, wrong, two swapped."""
    middle = len(word) // 2
    wrong = "a" if word[middle] != "a" else "e"
    return [
        word[:middle] + word[middle + 1 :],
        word[:middle] + word[middle] + word[middle:],
        word[:middle] + wrong + word[middle + 1 :],
        word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :],
    ]


def test_typos_still_find_the_word(search_pages, site):
    """Words from the index, every one-letter typo of each: the page the word itself finds first is
    among the typo's results."""
    import json

    missed = []
    for lang in ("id", "en"):
        index = json.loads((site / "assets" / "search" / f"{lang}.json").read_text(encoding="utf-8"))
        text = " ".join(doc["x"] for doc in index["docs"]).lower()
        words = sorted({w for w in re.findall(r"[a-z]{7,}", text)})[::25][:12]
        assert len(words) >= 8, f"{lang}: too few words to test"
        for word in words:
            control = top(search_pages, lang, word, count=1)
            assert control, f"{lang}: {word!r}, a word of the index, finds nothing"
            for typo in set(typos(word)) - {word}:
                if control[0] not in top(search_pages, lang, typo, count=50):
                    missed.append(f"{lang}: {typo!r} (for {word!r}, which finds {control[0]})")
    assert not missed, "typos that lost their page: " + "; ".join(missed)


def test_question_words_and_fillers_do_not_empty_a_query(search_pages):
    for lang, query, key in (
        ("id", "aplikasinya diunduh dari mana ya kak", "aplikasi"),
        ("id", "bagaimana cara menghubungi 175", "kontak"),
        ("en", "where can i download the app please", "aplikasi"),
        ("en", "how do i call 175", "kontak"),
    ):
        found = top(search_pages, lang, query)
        assert page_url(lang, key) in found, f"{lang}: {query!r}: expected {page_url(lang, key)}, found {found}"


def test_words_that_match_nothing_give_the_closest_pages_and_say_so(search_pages):
    page = search_pages["en"]
    found = page.evaluate("async (q) => (await window.guideSearch(q)).map(r => [r.url, r.partial])", "jht zqxv")
    assert found and all(partial for _, partial in found), f"expected partial results, found {found}"
    assert on_site(found[0][0], base_of(page, "en")) in ("/en/aplikasi/", "/en/tentang/"), found
    full = page.evaluate("async (q) => (await window.guideSearch(q)).map(r => r.partial)", "jht")
    assert full and not any(full), "a query whose words are all on a page is not partial"


def open_box(browser, server, prefix, init_script=None, **context):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, **context)
    if init_script:
        ctx.add_init_script(init_script)
    page = ctx.new_page()
    page.goto(server.url + prefix)
    page.click(".md-header__button[data-guide-for=__search]")
    page.locator("[data-guide-search-input]").wait_for(state="visible")
    return ctx, page


@pytest.mark.parametrize(
    "prefix, first, target", [("/", "Lupa nomor KPJ", "/#situasi"), ("/en/", "Lost your KPJ number", "/en/#situasi")]
)
def test_the_empty_box_offers_the_common_tasks(browser, server, prefix, first, target):
    ctx, page = open_box(browser, server, prefix)
    tasks = page.locator("[data-guide-search-tasks] a")
    assert tasks.count() == 5 and tasks.first.is_visible(), "the empty box shows no common tasks"
    assert tasks.first.inner_text() == first
    box = page.locator("[data-guide-search-input]")
    box.fill("whatsapp")
    page.wait_for_selector('[data-guide-search][data-search-query="whatsapp"]', state="attached")
    assert not tasks.first.is_visible(), "the tasks stay under the results"
    box.fill("zqxvj")
    page.wait_for_selector('[data-guide-search][data-search-query="zqxvj"]', state="attached")
    assert page.locator("[data-search-result]").count() == 0
    assert tasks.first.is_visible(), "a search without results does not offer the common tasks"
    assert "zqxvj" in page.inner_text("[data-guide-search-meta]")
    tasks.first.click()
    page.wait_for_url(re.compile(re.escape(target) + "$"))
    ctx.close()


def test_search_says_when_it_cannot_load_offline(browser, server):
    """Offline before the search was ever loaded (and no service worker to answer): the box says
    that search needs the internet once, instead of staying silent."""
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, service_workers="block")
    page = ctx.new_page()
    page.goto(server.url + "/en/")
    page.wait_for_function("() => performance.getEntriesByName('guide-ready').length")
    ctx.set_offline(True)
    page.click(".md-header__button[data-guide-for=__search]")
    page.fill("[data-guide-search-input]", "whatsapp")
    page.wait_for_selector("[data-guide-search][data-search-state=error]", state="attached")
    assert "the first time" in page.inner_text("[data-guide-search-meta]")
    ctx.close()


@pytest.mark.parametrize("prefix, query", [("/", "lupa nomor kpj"), ("/en/", "lost kpj number")])
def test_the_open_box_has_no_accessibility_violation(browser, server, axe_source, prefix, query):
    """axe on the open box: the whole page with the common tasks; then the box (all that a query
    changes) with results, with partial results, with none. The count is announced (aria-live) each
    time."""
    from tests.sweep import AXE_TAGS, RUN_AXE

    ctx, page = open_box(browser, server, prefix, init_script=axe_source)
    # Material fades the box in: colours are only final once its transitions have ended.
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    found = {"tasks": page.evaluate(RUN_AXE, {"tags": AXE_TAGS})}
    box = page.locator("[data-guide-search-input]")
    for name, text in (("results", query), ("partial", query + " zqxv"), ("none", "zqxvj")):
        box.fill(text)
        page.wait_for_selector(f'[data-guide-search][data-search-query="{text}"]', state="attached")
        found[name] = page.evaluate(RUN_AXE, {"tags": AXE_TAGS, "within": ["[data-guide-search]"]})
        assert page.get_attribute("[data-guide-search-meta]", "aria-live") == "polite"
        assert page.inner_text("[data-guide-search-meta]").strip(), f"{name}: nothing announced"
    ctx.close()
    assert not any(found.values()), found
