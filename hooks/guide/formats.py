"""Dates, times and numbers as readers write them, in each language: Babel and phonenumbers."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import phonenumbers
from babel.dates import format_date as babel_date
from babel.dates import format_skeleton

from guide.models import Contact, ContactsFile, fill, read_date


def evidence(strength: str, when: str, ui: dict[str, str], lang: str) -> str:
    """How sure a statement is, in the page's language: "Last confirmed" only for an official or quoted
    source with a date; a reported one says "reported by news media (year)"; an undated one says so.
    A contact's strength maps the same way: base (the 2020 article, news) reads as reported, and an
    unconfirmed contact shows its last source (its caution says the rest)."""
    if strength in ("official", "official_quoted"):
        if when:
            return fill(ui["evidence_confirmed"], date=date(when, lang, ui["contact_undated"]))
        return ui["evidence_official_undated" if strength == "official" else "evidence_quoted_undated"]
    if strength == "unconfirmed":
        return fill(ui["evidence_last_source"], date=date(when, lang, ui["contact_undated"]))
    if when:
        return fill(ui["evidence_reported"], year=when[:4])
    return ui["evidence_reported_undated"]


def date(text: str, lang: str, undated: str) -> str:
    """'2020' -> '2020'; '2024-05' -> 'Mei 2024' / 'May 2024'; '2023-12-19' -> '19 Desember 2023'."""
    if not text:
        return undated
    day, parts = read_date(text)
    if parts == 1:
        return text
    return babel_date(day, "d MMMM y" if parts == 3 else "MMMM y", locale=lang)


def time(hhmm: str, lang: str, closing: bool = False) -> str:
    """'06:00' -> '06.00' (id) or '06:00' (en); a closing time of midnight reads 24.00, not 00.00."""
    hour, minute = map(int, hhmm.split(":"))
    if closing and (hour, minute) == (0, 0):
        return format_skeleton("Hm", dt.time(23, 0), locale=lang).replace("23", "24", 1)
    return format_skeleton("Hm", dt.time(hour, minute), locale=lang)


def utc_offset_minutes(tz: str) -> int:
    """The home zone's offset from UTC in minutes (WIB: 420; it has no summer time)."""
    return int(dt.datetime.now(ZoneInfo(tz)).utcoffset().total_seconds() // 60)


def _number(contact: Contact, form: int) -> str:
    return phonenumbers.format_number(phonenumbers.parse(contact.value, "ID"), form)


def national(contact: Contact) -> str:
    """phonenumbers' national form: '(021) 5207797', '0811-9115-910'."""
    return (
        _number(contact, phonenumbers.PhoneNumberFormat.NATIONAL)
        if contact.kind in ("phone", "whatsapp")
        else contact.value
    )


def international(contact: Contact) -> str:
    """phonenumbers' international form: '+62 21 5207797', '+62 811-9115-910'."""
    if contact.kind not in ("phone", "whatsapp"):
        return contact.value
    return _number(contact, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def local_hours(data: ContactsFile, hours: tuple[str, str], on: dt.date) -> list[tuple[object, str, str, str]]:
    """(zone, open, close, 'UTC+N') in each abroad zone, computed from the home zone on a given day."""
    home = ZoneInfo(data.home_zone.tz)
    rows = []
    for zone in data.abroad_zones:
        tz = ZoneInfo(zone.tz)
        times = []
        for hhmm in hours:
            hour, minute = map(int, hhmm.split(":"))
            times.append(dt.datetime.combine(on, dt.time(hour, minute), tzinfo=home).astimezone(tz))
        total = int((times[0].utcoffset() or dt.timedelta(0)).total_seconds() // 60)
        utc = f"UTC{'+' if total >= 0 else '-'}{abs(total) // 60}" + (f":{abs(total) % 60:02d}" if total % 60 else "")
        rows.append((zone, times[0].strftime("%H:%M"), times[1].strftime("%H:%M"), utc))
    return rows
