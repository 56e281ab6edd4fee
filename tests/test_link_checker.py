"""The reader's "is this link or number official?" page, run in chromium in both languages.

Every case is typed into the box and submitted the way a reader does, and the verdict is read from
the result element (`data-verdict`, `data-reason`) and its words. The expectations are the tests'
own: the page takes its lists from the data files, the tests from tests/official.py.
"""

from __future__ import annotations

import pytest

from tests import official

pytestmark = pytest.mark.browser
CYRILLIC_E = "\u0435"

LINKS = [  # what a reader pastes, the verdict, the reason
    ("https://sso.bpjsketenagakerjaan.go.id/", "official", "domain"),
    ("sso.bpjsketenagakerjaan.go.id", "official", "domain"),
    ("https://www.bpjsketenagakerjaan.go.id/kontak.html", "official", "domain"),
    ("https://bpjsketenagakerjaan.go.id", "official", "domain"),
    ("HTTPS://SSO.BPJSKETENAGAKERJAAN.GO.ID/login", "official", "domain"),
    ("https://sso.bpjsketenagakerjaan.go.id./", "official", "domain"),
    ("www.bpjsketenagakerjaan.go.id/en/pekerja-migran-indonesia.html", "official", "domain"),
    ("http://sso.bpjsketenagakerjaan.go.id/", "not-official", "http"),
    ("https://bpjsketenagakerjaan.go.id.info/klaim", "not-official", "contains-name"),
    ("https://sso.bpjsketenagakerjaan.go.id.login-info.com/", "not-official", "contains-name"),
    ("https://bpjs-ketenagakerjaan.com/", "not-official", "contains-name"),
    ("https://bpjsketenagakerjaan-go-id.site/", "not-official", "contains-name"),
    ("https://klaimbpjsketenagakerjaan.go.id/", "not-official", "contains-name"),
    ("https://jamsostek-cair.com/", "not-official", "contains-name"),
    ("https://bpjsketenagakerjaan.go.id@klaim-jht.site/", "not-official", "at-sign"),
    ("bpjsketenagakerjaan.go.id@klaim-jht.site/login", "not-official", "at-sign"),
    ("https://user:pass@sso.bpjsketenagakerjaan.go.id/", "not-official", "at-sign"),
    ("https://s.id/klaim-jht", "not-official", "shortener"),
    ("https://bit.ly/3xYzAb", "not-official", "shortener"),
    ("tinyurl.com/jht-cair", "not-official", "shortener"),
    (f"https://bpjsketenagak{CYRILLIC_E}rjaan.go.id/", "not-official", "lookalike-letters"),
    ("https://xn--bpjsketenagakrjaan-9hj.go.id/", "not-official", "lookalike-letters"),
    ("https://jht-cair.com/bpjsketenagakerjaan.go.id", "not-official", "other-site"),
    ("https://example.com/?next=https://sso.bpjsketenagakerjaan.go.id/", "not-official", "other-site"),
    ("//klaim-jht.example.com/", "not-official", "other-site"),
    ("https://play.google.com/store/apps/details?id=com.jmo.fake", "not-official", "other-site"),
    ("javascript:alert(1)", "not-official", "not-web"),
    ("ftp://bpjsketenagakerjaan.go.id/", "not-official", "not-web"),
    ("https://wa.me/6281380070175", "official", "listed-unconfirmed"),
    ("https://api.whatsapp.com/send?phone=628119115910", "official", "listed-reported"),
    ("https://wa.me/628123456789", "not-official", "not-listed"),
    ("https://wa.me/62215207797", "not-official", "wrong-kind"),
    ("Klik https://bit.ly/cair-jht sekarang juga", "not-official", "shortener"),
    ("care@bpjsketenagakerjaan.go.id", "official", "email"),
    ("bpjstk.care@gmail.com", "not-official", "other-email"),
    ("halo apa kabar", "invalid", "invalid"),
    ("   ", "invalid", "empty"),
]

NUMBERS = [  # what a reader types, the verdict, the reason, the official number it is (for its caution)
    ("175", "official", "listed-official_quoted", "175"),
    ("tel:175", "official", "listed-official_quoted", "175"),
    ("157", "not-official", "not-listed", None),
    ("021 520 7797", "official", "listed-unconfirmed", "+62215207797"),
    ("(021) 5207797", "official", "listed-unconfirmed", "+62215207797"),
    ("+62 21 520 7797", "official", "listed-unconfirmed", "+62215207797"),
    ("0813 8007 0175", "official", "listed-unconfirmed", "+6281380070175"),
    ("0813-8007-0175", "official", "listed-unconfirmed", "+6281380070175"),
    ("6281380070175", "official", "listed-unconfirmed", "+6281380070175"),
    ("+6281380070175", "official", "listed-unconfirmed", "+6281380070175"),
    ("0811.9115.910", "official", "listed-reported", "+628119115910"),
    ("+62 855 1500910", "official", "listed-reported", "+628551500910"),
    ("0062 811 9115 910", "official", "listed-reported", "+628119115910"),
    ("+62 813 8007 0176", "not-official", "not-listed", None),
    ("0812 3456 7890", "not-official", "not-listed", None),
    ("1500910", "not-official", "not-listed", None),
    ("0811 8750 200", "not-official", "not-listed", None),
    ("+60 12 345 6789", "not-official", "foreign", None),
    ("12", "invalid", "invalid", None),
]
CHANNEL_175 = {"id": "Layanan Masyarakat 175", "en": "Public service line 175"}


@pytest.fixture(scope="module")
def checker_pages(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    pages = {}
    for lang, prefix in (("id", "/"), ("en", "/en/")):
        page = context.new_page()
        page.goto(server.url + prefix + "cek-resmi/")
        page.wait_for_function("() => document.querySelector('[data-check-form]').dataset.ready")
        pages[lang] = page
    yield pages
    context.close()


def check(page, text: str, press_enter: bool = True) -> dict:
    """Type like a reader, submit, and read the verdict once the result has been written."""
    page.bring_to_front()  # a reader's tab is in front: background tabs hold animation frames back
    page.evaluate("""() => {
        const r = document.querySelector('[data-check-result]');
        r.textContent = ''; r.removeAttribute('data-verdict'); r.removeAttribute('data-reason');
    }""")
    page.fill("[data-check-input]", text)
    if press_enter:
        page.press("[data-check-input]", "Enter")
    else:
        page.click("[data-check-form] button[type=submit]")
    page.wait_for_function("() => document.querySelector('[data-check-result]').textContent.trim() !== ''")
    return page.evaluate("""() => {
        const r = document.querySelector('[data-check-result]');
        return {verdict: r.dataset.verdict, reason: r.dataset.reason, text: r.textContent};
    }""")


def test_the_tables_are_large_enough():
    assert len(LINKS) >= 30 and len(NUMBERS) >= 15


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("text, verdict, reason", LINKS, ids=[case[0] or "blank" for case in LINKS])
def test_links(checker_pages, lang, text, verdict, reason):
    found = check(checker_pages[lang], text)
    assert (found["verdict"], found["reason"]) == (verdict, reason), f"{lang}: {text!r}: {found}"


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("text, verdict, reason, number", NUMBERS, ids=[case[0] for case in NUMBERS])
def test_numbers(checker_pages, lang, text, verdict, reason, number):
    found = check(checker_pages[lang], text, press_enter=False)
    assert (found["verdict"], found["reason"]) == (verdict, reason), f"{lang}: {text!r}: {found}"
    if number in official.CAUTIONS:
        caution = official.CAUTIONS[number][lang]
        assert caution in found["text"].lower(), f"{lang}: {text!r}: the verdict must say {caution!r}: {found['text']}"
    if number == "175":
        assert CHANNEL_175[lang] in found["text"], (
            f"{lang}: {text!r}: the verdict must name the channel: {found['text']}"
        )


def test_verdicts_are_in_the_readers_language(checker_pages):
    assert check(checker_pages["id"], "https://bit.ly/x")["text"].startswith("Bukan resmi")
    assert check(checker_pages["en"], "https://bit.ly/x")["text"].startswith("Not official")


def test_works_offline_and_sends_nothing(checker_pages):
    page = checker_pages["en"]
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.context.set_offline(True)
    try:
        found = check(page, "0813 8007 0175")
    finally:
        page.context.set_offline(False)
    assert found["verdict"] == "official", found
    assert not requests, f"the checker made requests: {requests}"


@pytest.mark.parametrize("prefix", ["/", "/en/"])
def test_without_javascript_the_page_still_explains_the_rule(browser, server, prefix):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + prefix + "cek-resmi/")
    assert page.locator("[data-check-nojs]").is_visible(), "the no-JavaScript notice is not shown"
    assert not page.locator("[data-check-form]").is_visible(), "a box that cannot work is shown without JavaScript"
    steps = page.locator("#tautan ~ ol").first.locator("li")
    assert steps.count() == 4, f"expected the rule's 4 steps, found {steps.count()}"
    assert ".bpjsketenagakerjaan.go.id" in steps.nth(2).inner_text()
    context.close()
