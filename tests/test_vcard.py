"""The contacts to save on a phone: one vCard file per language, read with a vCard library
(vobject) and compared with the tests' own pinned values. First "BPJS Ketenagakerjaan (resmi)" with
only the confirmed channels; then, apart, the WhatsApp numbers that are only reported, under a name
that starts with that warning, each labelled with how sure it is."""

from __future__ import annotations

import pytest
import vobject

from tests import official

FILES = {"id": "kontak/bpjs-ketenagakerjaan.vcf", "en": "en/kontak/bpjs-ketenagakerjaan.vcf"}
OFFICIAL_TELS = {**official.SHORT_CODES, **official.PHONES}
NAME = "BPJS Ketenagakerjaan (resmi)"
WEAK_NAME = {"id": "Belum pasti: WA lama dari berita", "en": "Unconfirmed: old WA from news reports"}
# The weak WhatsApp numbers, pinned here: all of them, and only them, go into the second contact.
WEAK_WHATSAPP = sorted(set(official.WHATSAPP) & set(official.CAUTIONS))


def official_problems(card) -> list[str]:
    problems = []
    if card.fn.value != NAME:
        problems.append(f"first contact: name {card.fn.value!r}, expected {NAME!r}")
    tels = {tel.value for tel in card.contents.get("tel", [])}
    for tel in tels - set(OFFICIAL_TELS):
        problems.append(f"telephone {tel!r} is not an official number")
    for tel in tels & set(official.CAUTIONS):
        problems.append(f"telephone {tel!r} is only {official.caution(tel, 'en')}: it must not be saved as 'resmi'")
    if official.CALL_CENTRE not in tels:
        problems.append("the 175 line is missing")
    for email in {e.value for e in card.contents.get("email", [])} - set(official.EMAILS):
        problems.append(f"email {email!r} is not official")
    for url in {u.value for u in card.contents.get("url", [])} - set(official.URLS):
        problems.append(f"address {url!r} is not one of the official addresses pinned in tests/official.py")
    return problems


def weak_problems(card, lang: str) -> list[str]:
    """The second contact: the warning first in its name, only the weak WhatsApp numbers, each
    labelled and explained with its caution, nothing that claims it is official."""
    problems = []
    if card.fn.value != WEAK_NAME[lang]:
        problems.append(f"second contact: name {card.fn.value!r}, expected {WEAK_NAME[lang]!r} (the warning first)")
    if "org" in card.contents or "resmi" in card.fn.value.lower() or "official" in card.fn.value.lower():
        problems.append(f"second contact: {card.fn.value!r} claims to be official (a name or an ORG)")
    if "bpjs" in card.fn.value.lower():  # a number that changed hands would show the agency's name in chats
        problems.append(f"second contact: {card.fn.value!r} carries the agency's name")
    tels = [tel.value for tel in card.contents.get("tel", [])]
    if sorted(tels) != WEAK_WHATSAPP:
        problems.append(
            f"second contact: telephones {sorted(tels)}, expected the weak WhatsApp numbers {WEAK_WHATSAPP}"
        )
    labels = {label.group: label.value for label in card.contents.get("x-ablabel", [])}
    note = card.note.value if "note" in card.contents else ""
    for tel in card.contents.get("tel", []):
        words = official.caution(tel.value, lang) if tel.value in official.CAUTIONS else ""
        if not words or words not in labels.get(tel.group, ""):
            problems.append(f"second contact: {tel.value} has no label saying {words!r}")
        if not words or words not in note:
            problems.append(f"second contact: its note does not say {tel.value} is {words!r}")
    if "175" not in note or ("OTP" not in note and "one-time code" not in note):
        problems.append("second contact: its note does not point to 175 and warn about one-time codes")
    return problems


def vcard_problems(text: str, lang: str) -> list[str]:
    cards = list(vobject.readComponents(text))
    if len(cards) != 2:
        return [f"{len(cards)} contacts, expected 2: the official one, then the unconfirmed WhatsApp numbers"]
    return official_problems(cards[0]) + weak_problems(cards[1], lang)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_vcard_holds_the_official_channels_and_the_weak_ones_apart(site, lang):
    text = (site / FILES[lang]).read_bytes().decode("utf-8")
    assert "\r\n" in text, "vCard lines end in CRLF"
    too_long = [line for line in text.split("\r\n") if len(line.encode("utf-8")) > 75]
    assert not too_long, f"lines over 75 bytes (fold them): {too_long}"
    problems = vcard_problems(text, lang)
    assert not problems, f"{FILES[lang]}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_contact_page_offers_the_vcard_for_download(pages, lang):
    page = next(p for p in pages if p.key == "kontak" and p.lang == lang)
    link = page.soup.find("a", attrs={"data-vcard": True})
    assert link is not None and link.has_attr("download"), f"{page.name}: no download link to the vCard"
    assert link["href"] == "bpjs-ketenagakerjaan.vcf", link


WEAK_LINE = f"item2.TEL;TYPE=CELL:{official.WHATSAPP_ABROAD_1}"


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("TEL;TYPE=VOICE:175", "TEL;TYPE=VOICE:157", "'157' is not an official number"),
        ("TEL;TYPE=VOICE:175", f"TEL;TYPE=VOICE:175\r\n{WEAK_LINE[6:]}", "must not be saved as 'resmi'"),
        (official.EMAIL, "care@bpjstk-help.com", "'care@bpjstk-help.com' is not official"),
        ("FN:Unconfirmed: old WA from news reports", "FN:BPJS Ketenagakerjaan WA", "(the warning first)"),
        ("FN:Unconfirmed: old WA from news reports", "FN:Unconfirmed: BPJS WA", "carries the agency's name"),
        ("N:Unconfirmed: old WA from news reports;;;;", "N:x;;;;\r\nORG:BPJS Ketenagakerjaan", "claims to be official"),
        (WEAK_LINE, official.changed_digit(WEAK_LINE), "expected the weak WhatsApp numbers"),
        (
            "item2.X-ABLabel:WhatsApp (reported only)",
            "item2.X-ABLabel:WhatsApp",
            f"{official.WHATSAPP_ABROAD_1} has no label",
        ),
        (official.MAIN_SITE, "https://bpjstk-help.com/", "'https://bpjstk-help.com/' is not one of the official"),
        # the note cut after its first words (the rest moves to another property): the numbers go
        ("NOTE:Old WhatsApp numbers", "NOTE:Call 175. OTP. WhatsApp numbers\r\nX-OLD-NOTE:", "its note does not say"),
    ],
)
def test_vcard_check_catches(site, old, new, expected):
    text = (site / FILES["en"]).read_bytes().decode("utf-8")
    assert old in text, f"the defect cannot be planted: {old!r}"
    problems = vcard_problems(text.replace(old, new, 1), "en")
    assert any(expected in p for p in problems), problems


def test_vcard_check_catches_a_file_with_the_official_contact_only(site):
    text = (site / FILES["en"]).read_bytes().decode("utf-8")
    first = text[: text.index("END:VCARD") + len("END:VCARD\r\n")]
    assert vcard_problems(first, "en") == [
        "1 contacts, expected 2: the official one, then the unconfirmed WhatsApp numbers"
    ]
