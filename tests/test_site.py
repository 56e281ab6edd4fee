"""The built site, both languages: links, numbers, addresses, parity, facts."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tests import check_addresses, check_numbers, checks, official
from tests.facts_pinned import FACTS, FORBIDDEN


def test_internal_links_and_anchors_resolve(site, site_url, lychee):
    problems = checks.run_lychee(lychee, site, site_url)
    assert not problems, "\n".join(problems)


# Every checker over the real site: each must find nothing. (tests/test_checkers*.py show each one
# failing on planted defects.)
CHECKERS = {
    "numbers are official and agree with their links": lambda pages, host: check_numbers.check_phones(pages),
    "every address is an exact official one, and there is no spam": check_addresses.check_external,
    "every page reads in its own language": lambda pages, host: check_addresses.check_language(pages),
    "only the official social accounts are named": lambda pages, host: check_addresses.check_social(pages),
    "weak numbers carry their caution wherever shown": lambda pages, host: check_addresses.check_cautions(pages),
    "contact channels are listed surest first": lambda pages, host: checks.check_contact_order(pages),
    "both languages match": lambda pages, host: checks.check_parity(pages),
    "every fact appears in both languages": lambda pages, host: checks.check_facts(pages, FACTS),
}


@pytest.mark.parametrize("name", list(CHECKERS))
def test_the_built_site_passes(pages, site_url, name):
    problems = CHECKERS[name](pages, urlsplit(site_url).hostname)
    assert not problems, "\n".join(problems)


def test_every_number_link_is_checked(pages):
    """The phone checker sees the contact page's links: a guard against a checker that finds nothing."""
    contact = next(p for p in pages if p.rel == "kontak/index.html")
    hrefs = {a["href"] for a in contact.soup.find_all("a", href=True)}
    assert {
        f"tel:{official.CALL_CENTRE}",
        f"tel:{official.HEAD_OFFICE}",
        *(f"https://wa.me/{number.removeprefix('+')}" for number in official.WHATSAPP),
        f"mailto:{official.EMAIL}",
    } <= hrefs


@pytest.mark.parametrize("phrase", FORBIDDEN)
def test_unconfirmed_facts_are_not_stated(pages, phrase):
    found = [p.name for p in pages if phrase.casefold() in p.html.casefold()]
    assert not found, f"{phrase!r} is unconfirmed and must not be stated, found on {found}"


# A shortcode left in a page ({{ ... }}) already fails the build (guide.shortcodes.render refuses it);
# what nothing refuses is a screen text of data/ui.yml whose {placeholder} was never filled.
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def unfilled(pages) -> list[str]:
    return [f"{p.name}: {m.group(0)!r}" for p in pages for m in PLACEHOLDER.finditer(checks.text_of(p))]


def test_no_placeholder_of_the_screen_texts_is_left_unfilled(pages):
    found = unfilled(pages)
    assert not found, "placeholders of data/ui.yml left in pages:\n" + "\n".join(found)


def test_an_unfilled_placeholder_is_caught(pages):
    caution = official.caution(official.HEAD_OFFICE, "en").capitalize()
    planted = checks.tampered(
        pages, "en/kontak/index.html", caution, caution.replace(official.CAUTIONS[official.HEAD_OFFICE][1], "{year}")
    )
    assert any(p.startswith("en/kontak/index.html: '{year}'") for p in unfilled(planted)), unfilled(planted)


def test_each_method_shows_how_sure_its_steps_are(pages):
    """Each way's page shows the evidence of its own statements (tests/test_claims.py checks each one
    against the data): no page is left without any."""
    for key in ("aplikasi", "situs", "hrd", "kantor"):
        for lang in ("id", "en"):
            page = next(p for p in pages if p.key == key and p.lang == lang)
            assert checks.content(page).select("[data-claim]"), f"{page.name}: no statement shows its evidence"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_contact_channel_shows_hours_and_last_confirmed(pages, lang):
    page = next(p for p in pages if p.key == "kontak" and p.lang == lang)
    label = "How sure this channel is:" if lang == "en" else "Seberapa pasti saluran ini:"
    hours = "Hours:" if lang == "en" else "Jam layanan:"
    article = checks.content(page)
    headings = [h for h in article.find_all("h2") if h.get("id") in official.CONTACT_CHANNELS]
    assert len(headings) == len(official.CONTACT_CHANNELS), [h.get("id") for h in headings]
    for heading in headings:
        block = heading.find_next_sibling("div", class_="guide-contact")
        text = block.get_text(" ") if block else ""
        assert label in text, f"{page.name}#{heading['id']}: expected a '{label}' line"
        if heading["id"] not in ("kantor-cabang", "email"):
            assert hours in text, f"{page.name}#{heading['id']}: expected an '{hours}' line with a time zone"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_local_hours_abroad_are_computed(pages, lang):
    page = next(p for p in pages if p.key == "kontak" and p.lang == lang)
    rows = {
        tr.find_all("td")[0].get_text(" ", strip=True): tr.find_all("td")[1].get_text(strip=True)
        for tr in checks.content(page).select("#jam-setempat ~ table tbody tr")
    }
    sep = "." if lang == "id" else ":"
    expected = {  # WIB is UTC+7: 06:00-22:00 WIB in each country's time (none of them has summer time)
        "Malaysia": ("07", "23"),
        "Hong Kong": ("07", "23"),
        "Taiwan": ("07", "23"),
        ("Singapura" if lang == "id" else "Singapore"): ("07", "23"),
        ("Arab Saudi" if lang == "id" else "Saudi Arabia"): ("02", "18"),
        ("Korea Selatan" if lang == "id" else "South Korea"): ("08", "24"),
        ("Jepang" if lang == "id" else "Japan"): ("08", "24"),
    }
    for country, (start, end) in expected.items():
        row = next((v for k, v in rows.items() if k.startswith(country + " ")), None)
        assert row == f"{start}{sep}00–{end}{sep}00", f"{page.name}: {country}: expected {start}–{end}, found {row}"


def test_abbreviations_are_explained_in_the_page_language(pages):
    for page in pages:
        if page.key != "tentang":
            continue
        titles = {a.get_text(): a.get("title", "") for a in checks.content(page).find_all("abbr")}
        for term in ("JHT", "JKK", "JKM", "JP", "JKP", "KPJ"):
            assert term in titles, f"{page.name}: {term} is not explained (no <abbr>)"
        expected = "old-age savings" if page.lang == "en" else "tabungan hari tua"
        assert expected in titles["JHT"], f"{page.name}: JHT is explained as {titles['JHT']!r}"


@pytest.mark.parametrize("rel", ["404.html", "en/404.html"])
def test_not_found_page_speaks_both_languages(site, rel):
    text = (site / rel).read_text(encoding="utf-8")
    assert "Halaman tidak ditemukan" in text and "Page not found" in text, f"{rel}: expected both languages"


def test_every_page_links_to_the_issue_form_with_its_address(pages, site_url):
    from urllib.parse import parse_qs

    from tests import official

    problems = []
    for page in pages:
        link = page.soup.find("a", attrs={"data-report-problem": True})
        if link is None:
            problems.append(f"{page.name}: no 'report a problem' link")
            continue
        href = link["href"]
        title = parse_qs(urlsplit(href).query).get("title", [""])[0]
        address = site_url + page.rel.removesuffix("index.html")
        if not href.startswith(official.REPO_URL + "/issues/new?") or (page.key != "404" and address not in title):
            problems.append(f"{page.name}: report link {href!r}: expected the issue form with {address!r} in the title")
        expected = "Report a problem with this page" if page.lang == "en" else "Laporkan masalah di halaman ini"
        if page.key != "404" and link.get_text(strip=True) != expected:
            problems.append(f"{page.name}: report link reads {link.get_text(strip=True)!r}, expected {expected!r}")
    assert not problems, "\n".join(problems)
