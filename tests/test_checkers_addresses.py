"""The address, spam, language, social-account and caution checkers, each fed planted defects in
copies of the real built pages: every one must fail, naming the page and the problem."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests import check_addresses, checks, official
from tests.checks import tampered

HOST_DEFECTS = {  # (page, text replaced, planted text, what the message must name)
    "look-alike domain": (
        "situs/index.html",
        f'href="{official.SSO}"',
        f'href="https://sso.{official.OFFICIAL_DOMAIN}.login-info.com/"',
        "login-info.com",
    ),
    "hyphenated look-alike": (
        "situs/index.html",
        f'href="{official.SSO}"',
        'href="https://sso.bpjs-ketenagakerjaan.go.id/"',
        "bpjs-ketenagakerjaan.go.id",
    ),
    "plain http": (
        "situs/index.html",
        f'href="{official.SSO}"',
        f'href="http://sso.{official.OFFICIAL_DOMAIN}/"',
        "expected an https link",
    ),
    "unpinned page on the official domain": (
        "situs/index.html",
        f'href="{official.SSO}"',
        f'href="{official.SSO}klaim-bsu"',
        "klaim-bsu",
    ),
    "protocol-relative link": (
        "kontak/index.html",
        "</article>",
        '<p><a href="//klaim-jht.example.com/">Klaim JHT</a></p></article>',
        "protocol-relative",
    ),
    "the source's own spam appended": (
        "kontak/index.html",
        "</article>",
        "<p>[url=https://obat-murah.example.shop/]Jual Cytotec asli[/url]</p></article>",
        "spam-like",
    ),
    "fake app on an allowed host": (
        "aplikasi/index.html",
        f'href="{official.JMO_PLAY.replace("&", "&amp;")}"',
        'href="https://play.google.com/store/apps/details?id=com.jmo.fake"',
        "com.jmo.fake",
    ),
    "WhatsApp link to another number": (
        "kontak/index.html",
        f'href="https://wa.me/{official.WHATSAPP_ABROAD_1[1:]}"',
        'href="https://wa.me/628123456789"',
        "wa.me/628123456789",
    ),
    "meta refresh to another host": (
        "kontak/index.html",
        "</head>",
        '<meta http-equiv="refresh" content="0;url=https://klaim-jht.example.com/"></head>',
        "<meta refresh>",
    ),
    "off-site srcset": (
        "kontak/index.html",
        "</article>",
        '<img alt="" srcset="https://cdn.example.com/a.png 1x, /x.png 2x"></article>',
        "cdn.example.com",
    ),
    "form posting elsewhere": (
        "kontak/index.html",
        "</article>",
        '<form><button formaction="https://collect.example.com/">Kirim</button></form></article>',
        "collect.example.com",
    ),
    "video poster elsewhere": (
        "kontak/index.html",
        "</article>",
        '<video poster="https://cdn.example.com/p.jpg"></video></article>',
        "<video poster>",
    ),
    "og:image elsewhere": (
        "kontak/index.html",
        '<meta content="{site}assets/og-image.png" property="og:image"/>',  # {site}: SITE_URL
        '<meta content="https://img.example.com/og.png" property="og:image"/>',
        "img.example.com",
    ),
    "spam link": (
        "kontak/index.html",
        "</article>",
        '<p>Obat murah <a href="https://cheap-meds.example.shop/">beli</a></p></article>',
        "cheap-meds.example.shop",
    ),
    "spam text": (
        "kontak/index.html",
        "</article>",
        "<p>Best pharmacy prices, buy viagra now</p></article>",
        "spam-like",
    ),
    "spam domain in text": (
        "kontak/index.html",
        "</article>",
        "<p>Kunjungi tokoobat-murah.shop sekarang</p></article>",
        "tokoobat-murah.shop",
    ),
    "look-alike in code that is not a pinned example": (
        "keamanan/index.html",
        "</article>",
        "<p><code>https://bpjstk-klaim.com/</code></p></article>",
        "bpjstk-klaim.com",
    ),
    "unofficial email": (
        "kontak/index.html",
        f'href="mailto:{official.EMAIL}"',
        'href="mailto:care@bpjstk-help.com"',
        "care@bpjstk-help.com",
    ),
    "third-party script": (
        "kontak/index.html",
        "</head>",
        '<script src="https://cdn.example.com/x.js"></script></head>',
        "cdn.example.com",
    ),
    "javascript link": (
        "situs/index.html",
        f'href="{official.SSO}"',
        'href="javascript:alert(1)"',
        "expected an https link",
    ),
}


@pytest.mark.parametrize("name", list(HOST_DEFECTS))
def test_host_checker_catches(pages, site_url, name):
    # the real site passes this checker (tests/test_site.py), so the planted defect is what it finds;
    # the checker judges each page on its own, so only the planted page is checked again
    rel, old, new, named = HOST_DEFECTS[name]
    old = old.replace("{site}", site_url)
    host = urlsplit(site_url).hostname
    planted = [page for page in tampered(pages, rel, old, new) if page.rel == rel]
    problems = check_addresses.check_external(planted, host)
    assert any(rel in p and named in p for p in problems), f"{name}: not caught, or not named: {problems}"


def test_language_checker_catches_english_in_an_indonesian_page(pages):
    assert not check_addresses.check_language(pages)
    problems = check_addresses.check_language(
        tampered(
            pages,
            "hrd/index.html",
            "</article>",
            "<p>Buy cheap medicine online now, the best prices for you and your family.</p></article>",
        )
    )
    assert any("hrd/index.html: this reads as 'en', not 'id'" in p for p in problems), problems


def test_language_checker_catches_an_untranslated_page(pages):
    indonesian = next(p for p in pages if p.rel == "hrd/index.html")
    copy = checks.page_from_html("en/hrd/index.html", str(indonesian.soup))
    problems = check_addresses.check_language([copy])
    assert any("en/hrd/index.html: this reads as 'id', not 'en'" in p for p in problems), problems


def test_social_checker_catches_an_unofficial_account(pages):
    assert not check_addresses.check_social(pages)
    problems = check_addresses.check_social(
        tampered(
            pages,
            "en/keamanan/index.html",
            "<li>Facebook: BPJS Ketenagakerjaan</li>",
            "<li>Facebook: BPJS Ketenagakerjaan</li><li>TikTok: @bpjstk.resmi</li>",
        )
    )
    assert any("'@bpjstk.resmi' is not an official account" in p for p in problems), problems
    assert any("en/keamanan/index.html#media-sosial" in p and "TikTok" in p for p in problems), problems


def test_caution_checker_catches_a_weak_number_shown_without_its_warning(pages):
    caution = official.caution(official.HEAD_OFFICE, "en")
    assert not check_addresses.check_cautions(pages)
    problems = check_addresses.check_cautions(
        tampered(pages, "en/kontak/index.html", f"<strong>{caution.capitalize()}.</strong>", "")
    )
    assert any("en/kontak/index.html" in p and official.HEAD_OFFICE in p and caution in p for p in problems), problems
