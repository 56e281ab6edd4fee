"""Each checker, fed a planted defect, fails with a message that names the page and the problem.

The defects are planted in copies of the real built pages, so the checkers are shown to catch
them where they would really occur.
"""

from __future__ import annotations

import shutil
from urllib.parse import urlsplit

import pytest

from hooks import translations
from tests import checks
from tests.facts_pinned import FACTS


def tampered(pages, rel, old, new):
    """A copy of the site's pages with one replacement made in page `rel`."""
    page = next(p for p in pages if p.rel == rel)
    html = str(page.soup)
    assert old in html, f"the defect cannot be planted: {old!r} is not on {rel}"
    bad = checks.page_from_html(rel, html.replace(old, new, 1))
    return [bad if p.rel == rel else p for p in pages]


PHONE_DEFECTS = {
    "changed digit in a WhatsApp link": ("kontak/index.html", "wa.me/628119115910", "wa.me/628119115911",
                                         "628119115911"),
    "changed digit in a tel: link": ("en/kontak/index.html", "tel:+62215207797", "tel:+62215207798",
                                     "+62215207798"),
    "tel: link not in E.164": ("kontak/index.html", "tel:+62215207797", "tel:0215207797", "E.164"),
    "mistyped number in the text": ("en/kontak/index.html", ">0813 8007 0175<", ">0813 8007 0157<",
                                    "0813 8007 0157"),
    "unknown short code": ("kontak/index.html", 'href="tel:175"', 'href="tel:157"', "tel:157"),
    "number typed into prose": ("situs/index.html", "Buka", "Telepon 0812 3456 7890 lalu buka", "0812 3456 7890"),
}


@pytest.mark.parametrize("name", list(PHONE_DEFECTS))
def test_phone_checker_catches(pages, name):
    rel, old, new, shown = PHONE_DEFECTS[name]
    assert not checks.check_phones(pages), "the real site must pass before a defect is planted"
    problems = checks.check_phones(tampered(pages, rel, old, new))
    assert any(rel in p and shown in p for p in problems), f"{name}: not caught, or not named: {problems}"


def test_phone_checker_names_the_expected_number(pages):
    problems = checks.check_phones(tampered(pages, "kontak/index.html", "wa.me/628119115910", "wa.me/628119115911"))
    assert any("expected +628119115910" in p for p in problems), problems


def test_phone_checker_catches_text_that_disagrees_with_its_link(pages):
    problems = checks.check_phones(tampered(pages, "kontak/index.html", ">0811 9115 910<", ">0855 1500 910<"))
    assert any("does not match its target" in p for p in problems), problems


def test_phone_checker_catches_a_missing_official_number(pages):
    page = next(p for p in pages if p.rel == "en/kontak/index.html")
    html = str(page.soup).replace("https://wa.me/628551500910", "#")
    problems = checks.check_phones([checks.page_from_html(page.rel, html)])
    assert any("+628551500910 is missing" in p for p in problems), problems


HOST_DEFECTS = {
    "look-alike domain": ('href="https://sso.bpjsketenagakerjaan.go.id/"',
                          'href="https://sso.bpjsketenagakerjaan.go.id.login-info.com/"', "login-info.com"),
    "hyphenated look-alike": ('href="https://sso.bpjsketenagakerjaan.go.id/"',
                              'href="https://sso.bpjs-ketenagakerjaan.go.id/"', "bpjs-ketenagakerjaan.go.id"),
    "plain http": ('href="https://sso.bpjsketenagakerjaan.go.id/"', 'href="http://sso.bpjsketenagakerjaan.go.id/"',
                   "expected an https link"),
    "spam link": ("</article>", '<p>Obat murah <a href="https://cheap-meds.example.shop/">beli</a></p></article>',
                  "cheap-meds.example.shop"),
    "spam text": ("</article>", "<p>Best pharmacy prices, buy viagra now</p></article>", "spam-like"),
    "spam domain in text": ("</article>", "<p>Kunjungi tokoobat-murah.shop sekarang</p></article>",
                            "tokoobat-murah.shop"),
    "unofficial email": ('href="mailto:care@bpjsketenagakerjaan.go.id"', 'href="mailto:care@bpjstk-help.com"',
                         "care@bpjstk-help.com"),
    "third-party script": ("</head>", '<script src="https://cdn.example.com/x.js"></script></head>', "cdn.example.com"),
    "javascript link": ('href="https://sso.bpjsketenagakerjaan.go.id/"', 'href="javascript:alert(1)"',
                        "expected an https link"),
}


@pytest.mark.parametrize("name", list(HOST_DEFECTS))
def test_host_checker_catches(pages, site_url, name):
    old, new, named = HOST_DEFECTS[name]
    host = urlsplit(site_url).hostname
    assert not checks.check_external(pages, host)
    rel = "situs/index.html" if "sso" in old else "kontak/index.html"
    problems = checks.check_external(tampered(pages, rel, old, new), host)
    assert any(rel in p and named in p for p in problems), f"{name}: not caught, or not named: {problems}"


def test_parity_checker_catches_a_missing_translation(pages):
    problems = checks.check_parity([p for p in pages if p.rel != "en/hrd/index.html"])
    assert any("hrd/index.html: missing translation in en" in p for p in problems), problems


def test_parity_checker_catches_a_renamed_anchor(pages):
    problems = checks.check_parity(tampered(pages, "en/kontak/index.html", 'id="whatsapp"', 'id="whatsapp-general"'))
    assert any("en/kontak/index.html: section anchors" in p and "whatsapp-general" in p for p in problems), problems


def test_parity_checker_catches_a_contact_missing_in_one_language(pages):
    problems = checks.check_parity(tampered(pages, "en/kontak/index.html",
                                            'href="mailto:care@bpjsketenagakerjaan.go.id"', 'href="#email"'))
    assert any("contact items differ" in p and "mailto:care@" in p for p in problems), problems


def test_parity_checker_catches_a_wrong_html_lang(pages):
    problems = checks.check_parity(tampered(pages, "en/situs/index.html", '<html class="no-js" lang="en">',
                                            '<html class="no-js" lang="id">'))
    assert any("en/situs/index.html: <html lang='id'>: expected 'en'" in p for p in problems), problems


def test_facts_checker_catches_a_dropped_fact(pages):
    problems = checks.check_facts(tampered(pages, "en/tentang/index.html", "PP 37/2021", "a regulation"), FACTS)
    assert any("fact 2: en/tentang/index.html does not say 'PP 37/2021'" in p for p in problems), problems


def test_lychee_catches_a_broken_anchor(site, site_url, lychee, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    page = copy / "en" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert 'href="kontak/#whatsapp-luar-negeri"' in html
    page.write_text(html.replace('href="kontak/#whatsapp-luar-negeri"', 'href="kontak/#whatsapp-abroad"'),
                    encoding="utf-8")
    problems = checks.run_lychee(lychee, copy, site_url)
    assert any("en/index.html" in p and "whatsapp-abroad" in p for p in problems), problems


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
    with pytest.raises(translations.PluginError, match=r"hrd\.(en\.)?md:3: heading '## (Langkah|Steps)' has no explicit anchor"):
        translations.check(tmp_path)
