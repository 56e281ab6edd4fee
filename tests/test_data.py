"""The data files: they match the tests' pinned copy, they are written the way readers read them, and
a bad entry fails loudly, naming the file, the path and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from guide import formats, models, shortcodes, texts
from tests import official

DATA = models.DATA / "contacts.yml"
DATA_NAME = "data/contacts.yml"
HEAD_OFFICE = official.written(official.HEAD_OFFICE, "0NN NNN NNNN")


def _pinned_form(contact) -> str:
    return contact.e164 if contact.kind in ("phone", "whatsapp", "short_code") else contact.value


def test_data_matches_the_pinned_official_values():
    """Each official value of data/contacts.yml, by its id, against tests/official.py: a number
    changes in two deliberate edits, and the message names both files."""
    data = models.load_contacts()
    problems = []
    for key, pinned in official.IDS.items():
        contact = data.contacts.get(key)
        if contact is None:
            problems.append(f"{DATA_NAME} has no {key}, tests/official.py pins {pinned}")
        elif _pinned_form(contact) != pinned:
            problems.append(f"{DATA_NAME} says {_pinned_form(contact)} for {key}, tests/official.py pins {pinned}")
    for key, contact in data.contacts.items():
        if key not in official.IDS and contact.kind != "url":
            problems.append(f"{DATA_NAME} has {key} ({contact.value}), which tests/official.py does not pin")
    kinds = {
        **{k: "phone" for k in official.PHONES},
        **{k: "whatsapp" for k in official.WHATSAPP},
        **{k: "short_code" for k in official.SHORT_CODES},
        **{k: "email" for k in official.EMAILS},
    }
    for contact in data.contacts.values():
        if _pinned_form(contact) in kinds and contact.kind != kinds[_pinned_form(contact)]:
            pinned = kinds[_pinned_form(contact)]
            problems.append(f"{DATA_NAME}: {contact.value} is a {contact.kind}, tests/official.py pins a {pinned}")
    urls = {c.value for c in data.contacts.values() if c.kind == "url"}
    problems += [f"{DATA_NAME} lacks {url}, which tests/official.py pins" for url in set(official.URLS) - urls]
    assert not problems, "\n".join(problems) + "\na number changes in two deliberate edits, both files"


def test_weak_channels_match_their_pinned_strength_and_year():
    """How sure each weak channel is, and the year its caution names, against tests/official.py; and
    no other number is weak without a pin."""
    data = models.load_contacts()
    found = {
        contact.e164: (contact.strength, contact.confirmed[:4])
        for contact in data.contacts.values()
        if contact.kind in ("phone", "whatsapp") and contact.strength in ("reported", "unconfirmed")
    }
    assert found == official.CAUTIONS, f"{DATA_NAME} says {found}, tests/official.py pins {official.CAUTIONS}"


@pytest.mark.parametrize("number", list(official.FORMS))
def test_numbers_in_phonenumbers_own_forms(number):
    """The one place phonenumbers' formatting is pinned: each official number, however the data file
    writes it (E.164, +62 or 0 with spaces), shown in the two forms of tests/official.py (FORMS)."""
    digits = number.removeprefix("+62")
    spaced = " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    for value in (number, f"+62 {spaced}", f"0{spaced}"):
        contact = models.Contact(
            name={"id": "x", "en": "x"},
            kind="phone",
            value=value,
            strength="base",
            confirmed="2020",
            sources=["article"],
        )
        assert (formats.national(contact), formats.international(contact)) == (
            official.national(number),
            official.international(number),
        ), value


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("2024-05", "id", "Mei 2024"),
        ("2023-12-19", "en", "19 December 2023"),
        ("2020", "id", "2020"),
        ("", "en", "undated"),
    ],
)
def test_dates_in_each_language(text, lang, expected):
    assert formats.date(text, lang, "undated") == expected


def test_times_in_each_language_and_midnight_closing():
    assert (formats.time("06:00", "id"), formats.time("06:00", "en")) == ("06.00", "06:00")
    assert formats.time("00:00", "id", closing=True) == "24.00"


def _write(tmp_path: Path, mutate, name: str = "contacts.yml") -> Path:
    raw = models.parse_yaml((models.DATA / name).read_text(encoding="utf-8"))
    mutate(raw)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


BAD_ENTRIES = {
    "mistyped number": (
        lambda r: r["contacts"]["head_office"].update(value=HEAD_OFFICE[:-1]),
        f"contacts.head_office.value: '{HEAD_OFFICE[:-1]}' is not a valid Indonesian number",
    ),
    "foreign number": (
        lambda r: r["contacts"]["whatsapp_abroad_1"].update(value="+60 12 345 6789"),
        "contacts.whatsapp_abroad_1.value: '+60 12 345 6789' is not a valid Indonesian number",
    ),
    "landline on WhatsApp": (
        lambda r: r["contacts"]["whatsapp_general"].update(value=HEAD_OFFICE),
        f"contacts.whatsapp_general.value: '{HEAD_OFFICE}' is not a mobile number",
    ),
    "unknown short code": (
        lambda r: r["contacts"]["call_centre"].update(value="157"),
        "contacts.call_centre.value: short code '157' is not on the allowlist",
    ),
    "http URL": (
        lambda r: r["contacts"]["sso"].update(value=official.SSO.replace("https:", "http:")),
        f"contacts.sso.value: '{official.SSO.replace('https:', 'http:')}' is not an https URL",
    ),
    "look-alike domain": (
        lambda r: r["contacts"]["sso"].update(value=official.SSO.replace(".id/", ".id.co/")),
        f"contacts.sso.value: '{official.SSO.replace('.id/', '.id.co/')}' is not an https URL",
    ),
    "unofficial email": (
        lambda r: r["contacts"]["email"].update(value="care@bpjs-ketenagakerjaan.com"),
        "contacts.email.value: 'care@bpjs-ketenagakerjaan.com' is not an address on the official",
    ),
    "missing field": (lambda r: r["contacts"]["email"].pop("value"), "contacts.email.value: missing"),
    "missing translation": (
        lambda r: r["contacts"]["email"]["audience"].pop("en"),
        "contacts.email.audience.en: missing translation",
    ),
    "bad date": (
        lambda r: r["contacts"]["email"].update(confirmed="2020-13-01"),
        "contacts.email.confirmed: '2020-13-01' is not a real date",
    ),
    "unknown source": (
        lambda r: r["contacts"]["email"].update(sources=["nowhere"]),
        "contacts.email.sources: unknown source 'nowhere'",
    ),
    "bad hours": (
        lambda r: r["contacts"]["call_centre"].update(hours={"open": "6", "close": "22:00"}),
        "contacts.call_centre.hours.open: String should match pattern",
    ),
    "bad time zone": (
        lambda r: r["abroad_zones"][0].update(tz="Asia/Kuala Lumpur"),
        "abroad_zones[0].tz: 'Asia/Kuala Lumpur' is not an IANA time zone",
    ),
    "unknown kind": (lambda r: r["contacts"]["email"].update(kind="fax"), "contacts.email.kind: Input should be"),
    "unknown strength": (
        lambda r: r["contacts"]["email"].update(strength="sure"),
        "contacts.email.strength: Input should be",
    ),
    "a typo in a field name": (
        lambda r: r["contacts"]["email"].update(sorces=["article"]),
        "contacts.email.sorces: unknown field",
    ),
    "a claim dated like a page, not like its sources": (
        lambda r: r["claims"]["face_check"].update(date="2025-02-28"),
        "claims.face_check.date: '2025-02-28' is not the date of its newest source: expected ''",
    ),
    "a claim stronger than the sheet allows": (
        lambda r: r["claims"]["kpj_to_register"].update(strength="confirmed"),
        "claims.kpj_to_register.strength: Input should be",
    ),
    "hours without their own claim": (
        lambda r: r["contacts"]["call_centre"]["hours"].update(claim="call_centre_opening"),
        "contacts.call_centre.hours.claim: unknown claim 'call_centre_opening'",
    ),
    "a claim with an unknown source": (
        lambda r: r["claims"]["pmi_ecard"].update(sources=["blog"]),
        "claims.pmi_ecard.sources: unknown source 'blog'",
    ),
    "another domain": (
        lambda r: r.update(official_domain="bpjs-ketenagakerjaan.go.id"),
        "official_domain: Input should be",
    ),
}


def test_malformed_yaml_fails_naming_the_file(tmp_path):
    path = tmp_path / "contacts.yml"
    path.write_text("contacts: [unclosed", encoding="utf-8")
    with pytest.raises(models.DataError, match=f"{path}: not valid YAML"):
        models.load_contacts(path)


OTHER_FILES = {  # file, mutation, loader, the message expected
    "an example that breaks the rule": (
        "checker.yml",
        lambda r: r["examples"][4].update(official=True),
        texts.load_checker,
        "examples[4]: 'https://bpjs-ketenagakerjaan.com/' is marked official: True, "
        "but the readers' checker says False",
    ),
    "a rule step missing in one language": (
        "checker.yml",
        lambda r: r["rule"]["en"].pop(),
        texts.load_checker,
        "rule: expected the same number of steps in both languages, found 4 and 3",
    ),
    "a screen text missing in one language": (
        "ui.yml",
        lambda r: r["en"].pop("search_label"),
        texts.load_ui,
        "en: missing translation of search_label",
    ),
    "a screen text whose languages leave different places to fill": (
        "ui.yml",
        lambda r: r["en"].update(evidence_confirmed="Last confirmed: {day}"),
        texts.load_ui,
        "evidence_confirmed: the two languages use different placeholders: id ['{date}'], en ['{day}']",
    ),
    "a glossary entry missing in one language": (
        "glossary.yml",
        lambda r: r["JHT"].pop("en"),
        texts.load_glossary,
        "JHT.en: missing translation",
    ),
}


CASES = {
    **{
        name: ("contacts.yml", mutate, models.load_contacts, expected)
        for name, (mutate, expected) in BAD_ENTRIES.items()
    },
    **OTHER_FILES,
}


@pytest.mark.parametrize("name", list(CASES))
def test_malformed_entry_fails_naming_file_and_path(tmp_path, name):
    file, mutate, loader, expected = CASES[name]
    path = _write(tmp_path, mutate, file)
    with pytest.raises(models.DataError) as error:
        loader(path)
    assert f"{path}: {expected}" in str(error.value), f"expected {path}: {expected!r} in:\n{error.value}"


def test_unknown_shortcode_fails_naming_the_page():
    context = shortcodes.Context(
        models.load_contacts(), texts.load_checker(), texts.load_ui().en, "en", None, "docs/x.md"
    )
    with pytest.raises(models.PluginError, match=r"docs/x\.md: \{\{ link:hed_office \}\}: unknown id 'hed_office'"):
        shortcodes.render("Call {{ link:hed_office }}", context)
    with pytest.raises(models.PluginError, match=r"docs/x\.md: malformed shortcode"):
        shortcodes.render("Call {{ link head_office }}", context)
    with pytest.raises(models.PluginError, match=r"docs/x\.md: \{\{ lnk:sso \}\}: unknown shortcode 'lnk'"):
        shortcodes.render("Open {{ lnk:sso }}", context)


def test_a_weak_contact_has_no_evidence_mark_of_its_own():
    """`{{ evidence:KEY }}` marks a contact named outside its block; a reported or unconfirmed one is
    refused there (its caution is in its block), naming the page and the shortcode."""
    context = shortcodes.Context(
        models.load_contacts(), texts.load_checker(), texts.load_ui().en, "en", None, "docs/x.md"
    )
    with pytest.raises(
        models.PluginError, match=r"docs/x\.md: \{\{ evidence:head_office \}\}: 'head_office' is unconfirmed"
    ):
        shortcodes.render("Call {{ evidence:head_office }}", context)
    with pytest.raises(models.PluginError, match=r"'whatsapp_abroad_1' is reported"):
        shortcodes.render("{{ evidence:whatsapp_abroad_1 }}", context)
