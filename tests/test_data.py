"""The data file: it is valid, it matches the tests' pinned copy, and bad entries fail loudly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from hooks import contacts as hook
from tests import official

DATA = Path(hook.DATA_FILE)


def test_data_file_loads():
    data = hook.load()
    assert data.contacts, "no contacts in the data file"


def test_data_matches_the_pinned_official_values():
    data = hook.load()
    found = {}
    for contact in data.contacts.values():
        if contact.kind in ("phone", "whatsapp", "short_code"):
            found[contact.e164] = contact.kind
        elif contact.kind == "email":
            found[contact.value] = "email"
    expected = {**{k: "phone" for k in official.PHONES}, **{k: "whatsapp" for k in official.WHATSAPP},
                **{k: "short_code" for k in official.SHORT_CODES}, **{k: "email" for k in official.EMAILS}}
    assert found == expected, f"{DATA}: contacts differ from tests/official.py: found {found}, expected {expected}"
    urls = {c.value for c in data.contacts.values() if c.kind == "url"}
    assert set(official.URLS) <= urls, f"{DATA}: official URLs missing: {set(official.URLS) - urls}"


@pytest.mark.parametrize("value, national, international", [
    ("021 520 7797", "021 520 7797", "+62 21 520 7797"),
    ("+62 811 9115910", "0811 9115 910", "+62 811 9115 910"),
    ("+62 813 8007 0175", "0813 8007 0175", "+62 813 8007 0175"),
])
def test_readable_forms(value, national, international):
    assert hook.readable_national(value) == national
    assert hook.readable_international(value) == international


def test_local_hours_use_each_zone():
    data = hook.load()
    rows = {zone["en"]: (start, end, utc) for zone, start, end, utc in
            hook.local_hours(data, ("06:00", "22:00"), dt.date(2026, 1, 15))}
    assert rows["Saudi Arabia"] == ("02:00", "18:00", "UTC+3")
    assert rows["Japan"] == ("08:00", "00:00", "UTC+9")
    assert hook.format_time("00:00", "id", closing=True) == "24.00"


def _write(tmp_path: Path, mutate) -> Path:
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    mutate(raw)
    path = tmp_path / "contacts.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


BAD_ENTRIES = {
    "mistyped number": (lambda r: r["contacts"]["head_office"].update(value="021 520 779"),
                        "contacts.head_office.value"),
    "foreign number": (lambda r: r["contacts"]["whatsapp_abroad_1"].update(value="+60 12 345 6789"),
                       "contacts.whatsapp_abroad_1.value"),
    "landline on WhatsApp": (lambda r: r["contacts"]["whatsapp_general"].update(value="021 520 7797"),
                             "not a mobile number"),
    "unknown short code": (lambda r: r["contacts"]["call_centre"].update(value="157"),
                           "contacts.call_centre.value"),
    "http URL": (lambda r: r["contacts"]["sso"].update(value="http://sso.bpjsketenagakerjaan.go.id/"),
                 "contacts.sso.value"),
    "look-alike domain": (lambda r: r["contacts"]["sso"].update(value="https://sso.bpjsketenagakerjaan.go.id.co/"),
                          "contacts.sso.value"),
    "unofficial email": (lambda r: r["contacts"]["email"].update(value="care@bpjs-ketenagakerjaan.com"),
                         "contacts.email.value"),
    "missing field": (lambda r: r["contacts"]["email"].pop("value"), "contacts.email.value: missing"),
    "missing translation": (lambda r: r["contacts"]["email"]["audience"].pop("en"),
                            "contacts.email.audience.en: missing translation"),
    "bad date": (lambda r: r["contacts"]["email"].update(confirmed="2020-13-01"), "contacts.email.confirmed"),
    "unknown source": (lambda r: r["contacts"]["email"].update(sources=["nowhere"]), "contacts.email.sources"),
    "bad hours": (lambda r: r["contacts"]["call_centre"].update(hours={"open": "6", "close": "22:00"}),
                  "contacts.call_centre.hours"),
    "bad time zone": (lambda r: r["abroad_zones"][0].update(tz="Asia/Kuala Lumpur"), "abroad_zones[0].tz"),
    "unknown kind": (lambda r: r["contacts"]["email"].update(kind="fax"), "contacts.email.kind"),
}


@pytest.mark.parametrize("name", list(BAD_ENTRIES))
def test_malformed_entry_fails_naming_file_and_field(tmp_path, name):
    mutate, expected = BAD_ENTRIES[name]
    path = _write(tmp_path, mutate)
    with pytest.raises(hook.DataError) as error:
        hook.load(path)
    assert str(path) in str(error.value), f"the message does not name the file: {error.value}"
    assert expected in str(error.value), f"expected {expected!r} in: {error.value}"


def test_malformed_yaml_fails_naming_the_file(tmp_path):
    path = tmp_path / "contacts.yml"
    path.write_text("contacts: [unclosed", encoding="utf-8")
    with pytest.raises(hook.DataError, match="not valid YAML"):
        hook.load(path)


def test_unknown_shortcode_fails_naming_the_page():
    data = hook.load()
    with pytest.raises(hook.PluginError, match=r"docs/x\.md: .*unknown id 'hed_office'"):
        hook.render("Call {{ link:hed_office }}", data, "en", "docs/x.md")
    with pytest.raises(hook.PluginError, match=r"docs/x\.md: malformed shortcode"):
        hook.render("Call {{ link head_office }}", data, "en", "docs/x.md")
