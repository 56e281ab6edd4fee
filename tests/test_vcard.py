"""The official contact to save on a phone: one vCard per language, read with a vCard library
(vobject) and compared with the tests' own pinned values."""

from __future__ import annotations

import pytest
import vobject

from tests import official

FILES = {"id": "kontak/bpjs-ketenagakerjaan-resmi.vcf", "en": "en/kontak/bpjs-ketenagakerjaan-resmi.vcf"}
OFFICIAL_TELS = {**official.SHORT_CODES, **official.PHONES}


def vcard_problems(text: str) -> list[str]:
    card = vobject.readOne(text)
    problems = []
    if card.fn.value != "BPJS Ketenagakerjaan (resmi)":
        problems.append(f"name {card.fn.value!r}, expected 'BPJS Ketenagakerjaan (resmi)'")
    tels = {tel.value for tel in card.contents.get("tel", [])}
    for tel in tels - set(OFFICIAL_TELS):
        problems.append(f"telephone {tel!r} is not an official number")
    for tel in tels & set(official.CAUTIONS):
        problems.append(f"telephone {tel!r} is only {official.CAUTIONS[tel]['en']}: it must not be saved as 'resmi'")
    if "175" not in tels:
        problems.append("the 175 line is missing")
    for email in {e.value for e in card.contents.get("email", [])} - set(official.EMAILS):
        problems.append(f"email {email!r} is not official")
    for url in (
        {u.value for u in card.contents.get("url", [])}
        - set(official.URLS)
        - {"https://www.bpjsketenagakerjaan.go.id/"}
    ):
        problems.append(f"address {url!r} is not an official one")
    return problems


@pytest.mark.parametrize("lang", ["id", "en"])
def test_vcard_holds_only_the_official_channels(site, lang):
    text = (site / FILES[lang]).read_bytes().decode("utf-8")
    assert "\r\n" in text, "vCard lines end in CRLF"
    problems = vcard_problems(text)
    assert not problems, f"{FILES[lang]}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_contact_page_offers_the_vcard_for_download(pages, lang):
    page = next(p for p in pages if p.key == "kontak" and p.lang == lang)
    link = page.soup.find("a", attrs={"data-vcard": True})
    assert link is not None and link.has_attr("download"), f"{page.name}: no download link to the vCard"
    assert link["href"] == "bpjs-ketenagakerjaan-resmi.vcf", link


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("TEL;TYPE=VOICE:175", "TEL;TYPE=VOICE:157", "'157' is not an official number"),
        ("TEL;TYPE=VOICE:175", "TEL;TYPE=VOICE:175\r\nTEL;TYPE=CELL:+628119115910", "must not be saved"),
        ("care@bpjsketenagakerjaan.go.id", "care@bpjstk-help.com", "'care@bpjstk-help.com' is not official"),
    ],
)
def test_vcard_check_catches(site, old, new, expected):
    text = (site / FILES["en"]).read_bytes().decode("utf-8")
    assert old in text
    problems = vcard_problems(text.replace(old, new, 1))
    assert any(expected in p for p in problems), problems
