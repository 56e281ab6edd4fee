"""Sharing and link previews: share actions, permalinks, the language switcher keeping the #anchor,
Open Graph and Twitter tags, canonical and hreflang URLs, the sitemap, the print stylesheet."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

import pytest

from tests import checks, official

CONTENT_KEYS = {
    "",
    "aplikasi",
    "situs",
    "kontak",
    "hrd",
    "kantor",
    "cek-resmi",
    "tentang",
    "keamanan",
    "sumber",
    "poster",
}


def content_pages(pages):
    return [p for p in pages if p.key in CONTENT_KEYS]


def meta(page, name):
    node = page.soup.find("meta", attrs={"property": name}) or page.soup.find("meta", attrs={"name": name})
    return node.get("content") if node else None


def test_every_page_has_link_preview_tags_in_its_language(pages, site_url):
    problems = []
    locale = {"id": ("id_ID", "en_US"), "en": ("en_US", "id_ID")}
    for page in content_pages(pages):
        canonical = page.soup.find("link", rel="canonical")
        expected_url = site_url + ("en/" if page.lang == "en" else "") + (page.key + "/" if page.key else "")
        if not canonical or canonical.get("href") != expected_url:
            problems.append(
                f"{page.name}: canonical {canonical and canonical.get('href')!r}, expected {expected_url!r}"
            )
        if meta(page, "og:url") != expected_url:
            problems.append(f"{page.name}: og:url {meta(page, 'og:url')!r}, expected {expected_url!r}")
        if (meta(page, "og:locale"), meta(page, "og:locale:alternate")) != locale[page.lang]:
            problems.append(f"{page.name}: og:locale {meta(page, 'og:locale')!r}, expected {locale[page.lang]}")
        description = page.soup.find("meta", attrs={"name": "description"}).get("content")
        for name in ("og:title", "og:description", "twitter:title", "twitter:description"):
            if not meta(page, name):
                problems.append(f"{page.name}: {name} is missing")
        if meta(page, "og:description") != description:
            problems.append(f"{page.name}: og:description differs from the page description")
        if meta(page, "twitter:card") != "summary_large_image":
            problems.append(f"{page.name}: twitter:card {meta(page, 'twitter:card')!r}")
        image = meta(page, "og:image") or ""
        if image != site_url + "assets/og-image.png":
            problems.append(f"{page.name}: og:image {image!r} is not the absolute URL of the site's image")
    assert not problems, "\n".join(problems)


def test_link_preview_titles_are_in_the_page_language(pages):
    home = {p.lang: p for p in pages if p.key == ""}
    assert meta(home["id"], "og:title") == "Cek Nomor BPJS Ketenagakerjaan"
    assert meta(home["en"], "og:title") == "Find your BPJS Ketenagakerjaan number"
    contact = {p.lang: p for p in pages if p.key == "kontak"}
    assert meta(contact["id"], "og:title").startswith("Hubungi BPJS Ketenagakerjaan")
    assert meta(contact["en"], "og:title").startswith("Contact BPJS Ketenagakerjaan")


def test_preview_image_is_1200_by_630_png(site):
    data = (site / "assets" / "og-image.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "og-image.png is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 630), f"og-image.png is {width}x{height}, expected 1200x630"


def test_hreflang_alternates_are_absolute_with_x_default(pages, site_url):
    problems = []
    for page in content_pages(pages):
        links = {link["hreflang"]: link["href"] for link in page.soup.find_all("link", hreflang=True)}
        path = page.key + "/" if page.key else ""
        expected = {"id": site_url + path, "en": site_url + "en/" + path, "x-default": site_url + path}
        if links != expected:
            problems.append(f"{page.name}: hreflang {links}, expected {expected}")
    assert not problems, "\n".join(problems)


def test_sitemap_lists_both_languages(site, site_url):
    tree = ET.parse(site / "sitemap.xml")
    locs = {el.text for el in tree.iter() if el.tag.endswith("loc")}
    for key in CONTENT_KEYS:
        path = key + "/" if key else ""
        for url in (site_url + path, site_url + "en/" + path):
            assert url in locs, f"sitemap.xml lacks {url}"


def test_every_heading_has_a_permalink(pages):
    problems = []
    for page in content_pages(pages):
        for heading in checks.content(page).find_all(["h1", "h2", "h3", "h4"]):
            link = heading.find("a", class_="headerlink")
            if not heading.get("id") or not link or link.get("href") != f"#{heading['id']}":
                problems.append(f"{page.name}: heading {heading.get_text(strip=True)!r} has no permalink")
    assert not problems, "\n".join(problems)


def test_every_page_has_share_actions_without_third_parties(pages):
    problems = []
    for page in content_pages(pages):
        share = page.soup.select_one("aside.guide-share")
        if not share:
            problems.append(f"{page.name}: no share block")
            continue
        whatsapp = share.find("a", href=re.compile(r"^https://wa\.me/\?text="))
        canonical = page.soup.find("link", rel="canonical")["href"]
        text = parse_qs(urlsplit(whatsapp["href"]).query)["text"][0] if whatsapp else ""
        if not text.endswith(" " + canonical):
            problems.append(f"{page.name}: WhatsApp share text {text!r} does not end with the page URL {canonical}")
        if whatsapp and whatsapp.get("rel") != ["noopener"]:
            problems.append(f"{page.name}: the WhatsApp share link lacks rel=noopener")
        if not share.select_one("[data-copy-link]") or not share.select_one("[data-share]"):
            problems.append(f"{page.name}: copy-link or share button missing")
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_copy_link_and_native_share(browser, server, site_url):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.origin)
    page = context.new_page()
    page.goto(server.url + "/en/kontak/#whatsapp-luar-negeri")
    page.click("[data-copy-link]")
    # A function, not an expression: Playwright polls expressions with eval, which the policy refuses.
    page.wait_for_function("() => document.querySelector('[data-share-status]').textContent.length > 0")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == site_url + "en/kontak/#whatsapp-luar-negeri"
    assert page.locator("[data-share-status]").inner_text() == "Link copied"
    # The share button shows exactly where the browser has the Web Share API ...
    assert page.locator("[data-share]").is_visible() == page.evaluate("'share' in navigator")
    # ... and hands it the title and URL (observed by wrapping the API: no share sheet opens in a test).
    page.add_init_script("navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };")
    page.reload()
    page.click("[data-share]")
    shared = page.evaluate("window.__shared")
    assert shared == {
        # what the guide is comes first: the agency's name alone before another site's address is the
        # pattern the guide's own checker calls a scam
        "title": "Independent guide, not BPJS Ketenagakerjaan: Contact BPJS Ketenagakerjaan - "
        "Find your BPJS Ketenagakerjaan number",
        "url": site_url + "en/kontak/#whatsapp-luar-negeri",
    }
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize(
    "start, language, expected",
    [
        ("/kontak/#whatsapp-luar-negeri", "en", "/en/kontak/#whatsapp-luar-negeri"),
        ("/en/aplikasi/#saldo-jht", "id", "/aplikasi/#saldo-jht"),
    ],
)
def test_language_switcher_keeps_page_and_anchor(browser, server, start, language, expected):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(server.url + start)
    page.hover(".md-header .md-select")
    page.click(f".md-select__link[hreflang={language}]")
    page.wait_for_url(server.url + expected)
    assert page.evaluate("document.documentElement.lang") == language
    context.close()


@pytest.mark.browser
def test_abbreviation_is_explained_on_tap(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server.url + "/en/tentang/")
    page.locator("article abbr", has_text="JHT").first.tap()
    tooltip = page.locator("[role=tooltip].guide-tip")
    tooltip.wait_for()
    assert "old-age savings" in tooltip.inner_text()
    abbr = page.locator("article abbr", has_text="JHT").first
    assert abbr.get_attribute("aria-describedby") == "guide-tip"
    page.locator("article h1").tap()
    tooltip.wait_for(state="hidden")
    abbr.tap()
    tooltip.wait_for()
    page.keyboard.press("Escape")
    tooltip.wait_for(state="hidden")
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/kontak/", "/en/aplikasi/"])
def test_print_shows_steps_and_contacts_without_navigation(browser, server, path):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server.url + path)
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer', '.guide-share', '.md-search']
        .map(s => [s, document.querySelector(s) ? getComputedStyle(document.querySelector(s)).display : 'none'])""")
    shown = [selector for selector, display in hidden if display != "none"]
    assert not shown, f"{path}: printed with {shown}"
    body = page.locator("article").inner_text()
    if "kontak" in path:
        assert (
            official.national(official.HEAD_OFFICE) in body
            and official.international(official.WHATSAPP_ABROAD_1) in body
        )
    else:
        assert "Kartu Digital" in body and page.locator("article ol li").count() >= 4
    pdf = page.pdf(format="A4")
    assert pdf[:4] == b"%PDF" and len(pdf) > 1000
    context.close()


@pytest.mark.parametrize("rel", ["404.html", "en/404.html"])
def test_not_found_pages_switch_language_to_the_other_not_found_page(pages, site_url, rel):
    """Under the site's path (/REPO/ on GitHub Pages), not the host's root."""
    page = next(p for p in pages if p.rel == rel)
    switcher = {a["hreflang"]: a["href"] for a in page.soup.select("a.md-select__link[hreflang]")}
    alternates = {link["hreflang"]: link["href"] for link in page.soup.find_all("link", hreflang=True)}
    path = urlsplit(site_url).path
    expected = {"id": f"{path}404.html", "en": f"{path}en/404.html"}
    assert switcher == expected, f"{rel}: the language switcher leads to {switcher}, expected {expected}"
    assert alternates == expected, f"{rel}: hreflang alternates {alternates}, expected {expected}"
