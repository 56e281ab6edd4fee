"""Each checker, fed a planted defect, fails with a message that names the page and the problem.

The defects are planted in copies of the real built pages, so the checkers are shown to catch
them where they would really occur.
"""

from __future__ import annotations

import shutil

import pytest

from guide import parity as translations
from tests import check_numbers, checks, official
from tests.checks import tampered
from tests.facts_pinned import FACTS

WA_LINK = "wa.me/" + official.WHATSAPP_ABROAD_1.removeprefix("+")
TEL = "tel:" + official.HEAD_OFFICE
WRITTEN = official.national(official.WHATSAPP_GENERAL)
PHONE_DEFECTS = {
    "changed digit in a WhatsApp link": (
        "kontak/index.html",
        WA_LINK,
        official.changed_digit(WA_LINK),
        official.changed_digit(WA_LINK).removeprefix("wa.me/"),
    ),
    "changed digit in a tel: link": (
        "en/kontak/index.html",
        TEL,
        official.changed_digit(TEL),
        official.changed_digit(TEL)[4:],
    ),
    "tel: link not in E.164": ("kontak/index.html", TEL, TEL.replace("+62", "0"), "E.164"),
    "mistyped number in the text": (
        "en/kontak/index.html",
        f">{WRITTEN}<",
        f">{official.changed_digit(WRITTEN)}<",
        official.changed_digit(WRITTEN),
    ),
    "unknown short code": ("kontak/index.html", 'href="tel:175"', 'href="tel:157"', "tel:157"),
    "number typed into prose": ("situs/index.html", "Buka", "Telepon 0812 3456 7890 lalu buka", "0812 3456 7890"),
}


@pytest.mark.parametrize("name", list(PHONE_DEFECTS))
def test_phone_checker_catches(pages, name):
    rel, old, new, shown = PHONE_DEFECTS[name]
    assert not check_numbers.check_phones(pages), "the real site must pass before a defect is planted"
    problems = check_numbers.check_phones(tampered(pages, rel, old, new))
    assert any(rel in p and shown in p for p in problems), f"{name}: not caught, or not named: {problems}"


def test_phone_checker_names_the_expected_number(pages):
    problems = check_numbers.check_phones(
        tampered(pages, "kontak/index.html", WA_LINK, official.changed_digit(WA_LINK))
    )
    assert any(f"expected {official.WHATSAPP_ABROAD_1}" in p for p in problems), problems


def test_phone_checker_catches_text_that_disagrees_with_its_link(pages):
    problems = check_numbers.check_phones(
        tampered(
            pages,
            "kontak/index.html",
            f">{official.national(official.WHATSAPP_ABROAD_1)}<",
            f">{official.national(official.WHATSAPP_ABROAD_2)}<",
        )
    )
    assert any("does not match its target" in p for p in problems), problems


def test_phone_checker_catches_a_missing_official_number(pages):
    page = next(p for p in pages if p.rel == "en/kontak/index.html")
    html = str(page.soup).replace("https://wa.me/" + official.WHATSAPP_ABROAD_2.removeprefix("+"), "#")
    problems = check_numbers.check_phones([checks.page_from_html(page.rel, html)])
    assert any(f"{official.WHATSAPP_ABROAD_2} is missing" in p for p in problems), problems


def test_phone_checker_catches_a_short_code_in_prose(pages):
    problems = check_numbers.check_phones(
        tampered(pages, "situs/index.html", "</article>", "<p>Hubungi layanan 157 untuk bantuan.</p></article>")
    )
    assert any("situs/index.html: short code '157'" in p for p in problems), problems


def test_phone_checker_catches_the_old_seven_digit_number(pages):
    problems = check_numbers.check_phones(
        tampered(pages, "kontak/index.html", "</article>", "<p>Atau telepon 1500910.</p></article>")
    )
    assert any("kontak/index.html: number in text '1500910'" in p for p in problems), problems


def test_order_checker_catches_a_weak_channel_moved_first(pages):
    assert not checks.check_contact_order(pages)
    page = next(p for p in pages if p.rel == "kontak/index.html")
    html = str(page.soup)
    first, last = html.index('<h2 id="layanan-175"'), html.index('<h2 id="kantor-pusat"')
    moved = html[:first] + html[last : html.index("</article>")] + html[first:last] + html[html.index("</article>") :]
    problems = checks.check_contact_order([checks.page_from_html(page.rel, moved)])
    assert any("kontak/index.html: channels in the order" in p for p in problems), problems


def test_parity_checker_catches_a_missing_translation(pages):
    problems = checks.check_parity([p for p in pages if p.rel != "en/hrd/index.html"])
    assert any("hrd/index.html: missing translation in en" in p for p in problems), problems


def test_parity_checker_catches_a_renamed_anchor(pages):
    problems = checks.check_parity(tampered(pages, "en/kontak/index.html", 'id="whatsapp"', 'id="whatsapp-general"'))
    assert any("en/kontak/index.html: section anchors" in p and "whatsapp-general" in p for p in problems), problems


def test_parity_checker_catches_a_contact_missing_in_one_language(pages):
    page = next(p for p in pages if p.rel == "en/kontak/index.html")
    html = str(page.soup).replace(f'href="mailto:{official.EMAIL}"', 'href="#email"')
    problems = checks.check_parity([checks.page_from_html(page.rel, html) if p is page else p for p in pages])
    assert any("contact items differ" in p and "mailto:care@" in p for p in problems), problems


def test_parity_checker_catches_a_wrong_html_lang(pages):
    problems = checks.check_parity(
        tampered(pages, "en/situs/index.html", '<html class="no-js" lang="en">', '<html class="no-js" lang="id">')
    )
    assert any("en/situs/index.html: <html lang='id'>: expected 'en'" in p for p in problems), problems


def test_facts_checker_catches_a_dropped_fact(pages):
    problems = checks.check_facts(tampered(pages, "en/tentang/index.html", "37/2021", "a regulation"), FACTS)
    assert any("fact 2: en/tentang/index.html does not say 'PP 37/2021'" in p for p in problems), problems


def test_facts_checker_matches_whole_words(pages):
    """ "JK" is not said by "JKK": drop every standalone JK and the fact is missing."""
    import re

    page = next(p for p in pages if p.rel == "tentang/index.html")
    html = re.sub(r"(?<![\w/])JK(?![\w/])", "XX", str(page.soup))
    assert "JKK" in html
    problems = checks.check_facts([checks.page_from_html(page.rel, html)], {1: ("tentang", {"id": ["JK"], "en": []})})
    assert "fact 1: tentang/index.html does not say 'JK'" in problems, problems


def test_lychee_catches_a_broken_anchor(site, site_url, lychee, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    page = copy / "en" / "kantor" / "index.html"  # a defect in the built HTML, past the build's own checks
    html = page.read_text(encoding="utf-8")
    assert 'href="../keamanan/"' in html
    page.write_text(html.replace('href="../keamanan/"', 'href="../keamanan/#calo-online"', 1), encoding="utf-8")
    problems = checks.run_lychee(lychee, copy, site_url)
    assert any("en/kantor/index.html" in p and "calo-online" in p for p in problems), problems


def test_lychee_catches_a_missing_page(site, site_url, lychee, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    shutil.rmtree(copy / "en" / "hrd")
    problems = checks.run_lychee(lychee, copy, site_url)
    assert any("hrd" in p for p in problems), problems


def test_translation_hook_catches_a_missing_page(tmp_path):
    (tmp_path / "hrd.md").write_text("# HRD\n\n## Langkah { #langkah }\n", encoding="utf-8")
    with pytest.raises(translations.PluginError, match=r"hrd\.md: missing translation: expected .*hrd\.en\.md"):
        translations.check(tmp_path)


def test_translation_hook_catches_different_anchors(tmp_path):
    (tmp_path / "hrd.md").write_text("# HRD\n\n## Langkah { #langkah }\n", encoding="utf-8")
    (tmp_path / "hrd.en.md").write_text("# HR\n\n## Steps { #steps }\n", encoding="utf-8")
    with pytest.raises(translations.PluginError, match=r"expected \['langkah'\], found \['steps'\]"):
        translations.check(tmp_path)


def test_translation_hook_catches_a_heading_without_anchor(tmp_path):
    (tmp_path / "hrd.md").write_text("# HRD\n\n## Langkah\n", encoding="utf-8")
    (tmp_path / "hrd.en.md").write_text("# HR\n\n## Steps\n", encoding="utf-8")
    with pytest.raises(
        translations.PluginError, match=r"hrd\.(en\.)?md:3: heading '## (Langkah|Steps)' has no explicit anchor"
    ):
        translations.check(tmp_path)


def _pair(tmp_path, original: str, translation: str) -> None:
    (tmp_path / "kantor.md").write_text(original, encoding="utf-8")
    (tmp_path / "kantor.en.md").write_text(translation, encoding="utf-8")


PAGE_ID = (
    "# Kantor\n\n## Langkah { #langkah }\n\n"
    "1. Cari kantor: {{ link:regional_offices }}.\n2. Bawa KTP.\n\n[Kontak](kontak.md)\n"
)
PAGE_EN = (
    "# Office\n\n## Steps { #langkah }\n\n"
    "1. Find an office: {{ link:regional_offices }}.\n2. Bring your KTP.\n\n[Contact](kontak.md)\n"
)
STRUCTURE_DEFECTS = {  # translation -> the exact message, as FastAPI's translation tests assert
    "a step dropped": (
        PAGE_EN.replace("2. Bring your KTP.\n", ""),
        "numbered list lengths differ from kantor.md: expected [2], found [1]",
    ),
    "a contact swapped": (
        PAGE_EN.replace("link:regional_offices", "link:head_office"),
        "shortcodes differ from kantor.md: expected ['link:regional_offices'], found ['link:head_office']",
    ),
    "a link to another page": (
        PAGE_EN.replace("(kontak.md)", "(keamanan.md)"),
        "link targets differ from kantor.md: expected ['kontak.md'], found ['keamanan.md']",
    ),
}


def test_translation_hook_passes_a_matching_pair(tmp_path):
    _pair(tmp_path, PAGE_ID, PAGE_EN)
    translations.check(tmp_path)


@pytest.mark.parametrize("name", list(STRUCTURE_DEFECTS))
def test_translation_hook_compares_structure(tmp_path, name):
    translation, message = STRUCTURE_DEFECTS[name]
    _pair(tmp_path, PAGE_ID, translation)
    with pytest.raises(translations.PluginError) as error:
        translations.check(tmp_path)
    assert f"{tmp_path / 'kantor.en.md'}: {message}" in str(error.value), str(error.value)
