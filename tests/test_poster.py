"""The notice-board poster (docs/poster.md): chromium's PDF of it is exactly one A4 page in both
languages, its QR code (drawn by segno at build time), read back from a screenshot with zxing-cpp, is
the guide's home in that language, and it carries the sure channels and the rules. The other checkers
(numbers, hosts, parity, language of parts, the Nu checker, the Tab walk) cover it as any page.

Each check is shown failing on planted input: a poster that spills to a second page, a QR code of the
other language, a picture that is no QR code."""

from __future__ import annotations

import io
import re

import pytest

from tests import official

POSTER = {"id": "/poster/", "en": "/en/poster/"}
A4 = (595.28, 841.89)  # points


def pdf_problems(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(pdf)).pages
    problems = [] if len(pages) == 1 else [f"{len(pages)} pages, expected exactly one"]
    for number, page in enumerate(pages, 1):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        if abs(size[0] - A4[0]) > 1 or abs(size[1] - A4[1]) > 1:
            problems.append(f"page {number} is {size[0]:.0f} x {size[1]:.0f} pt, not A4")
    return problems


def qr_problems(png: bytes, expected: str) -> list[str]:
    import zxingcpp
    from PIL import Image

    found = [code.text for code in zxingcpp.read_barcodes(Image.open(io.BytesIO(png))) if code.valid]
    if not found:
        return ["no QR code could be read"]
    return [] if found == [expected] else [f"the QR code reads {found}, expected [{expected!r}]"]


def open_poster(browser, server, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server.url + POSTER[lang])
    loaded(page)
    return context, page


def loaded(page) -> None:
    """Wait for the QR code's image (a function, not a string: the page's policy forbids eval)."""
    page.evaluate("() => document.querySelector('[data-poster-qr]').decode()")


def print_pdf(page) -> bytes:
    return page.pdf(prefer_css_page_size=True, print_background=True)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_poster_prints_on_exactly_one_a4_page(browser, server, lang):
    context, page = open_poster(browser, server, lang)
    problems = pdf_problems(print_pdf(page))
    context.close()
    assert not problems, f"{POSTER[lang]}: " + "; ".join(problems)


@pytest.mark.browser
def test_page_count_check_catches_a_poster_that_spills(browser, server):
    context, page = open_poster(browser, server, "en")
    page.evaluate(
        "() => { const list = document.querySelector('.guide-poster__channels');"
        " list.after(list.cloneNode(true), list.cloneNode(true)); }"
    )
    problems = pdf_problems(print_pdf(page))
    context.close()
    assert "2 pages, expected exactly one" in problems, problems


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_poster_qr_code_opens_the_guide_in_its_language(browser, server, site_url, lang):
    context, page = open_poster(browser, server, lang)
    png = page.locator("[data-poster-qr]").screenshot()
    context.close()
    problems = qr_problems(png, site_url + ("en/" if lang == "en" else ""))
    assert not problems, f"{POSTER[lang]}: " + "; ".join(problems)


@pytest.mark.browser
@pytest.mark.parametrize(
    "src, expected", [("../../poster/qr.svg", "the QR code reads"), ("../../assets/favicon.svg", "no QR code")]
)
def test_qr_check_catches_a_wrong_code(browser, server, site_url, src, expected):
    context, page = open_poster(browser, server, "en")
    page.evaluate("(src) => { document.querySelector('[data-poster-qr]').src = src; }", src)
    loaded(page)
    problems = qr_problems(page.locator("[data-poster-qr]").screenshot(), site_url + "en/")
    context.close()
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize("lang", ["id", "en"])
def test_poster_carries_the_sure_channels_and_rules(pages, lang):
    page = next(p for p in pages if p.key == "poster" and p.lang == lang)
    text = page.article_text
    missing = [channel for channel in official.PICTURE_CHANNELS if channel not in text]
    assert not missing, f"{page.name}: sure channels missing: {missing}"
    assert len(page.soup.select("article ol > li")) == 5, f"{page.name}: expected the five ways"
    for words in {"id": ("independen", "OTP", "2026"), "en": ("independent", "OTP", "2026")}[lang]:
        assert words.lower() in text.lower(), f"{page.name}: {words!r} missing"
    digits = re.sub(r"[^0-9]", "", str(page.soup))  # a number in any form: tel:, wa.me/62..., 08...
    for number in official.CAUTIONS:
        national = number.removeprefix("+62")  # in 62... (tel:, wa.me) and in 0... (written)
        assert national not in digits, f"{page.name}: the weak number {number} is on the poster"


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("key", ["hrd", ""])
def test_hr_routes_link_the_poster(pages, key, lang):
    page = next(p for p in pages if p.key == key and p.lang == lang)
    assert page.soup.select_one('article a[href$="poster/"]'), f"{page.name}: no link to the poster"
