"""Render contacts, dates and sources from data/contacts.yml into both languages.

Pages write shortcodes; this hook replaces them in `on_page_markdown`:

    {{ link:ID }}       the contact's readable text as a working link (tel:, https://wa.me/, mailto:, https:)
    {{ contact:ID }}    a GOV.UK-style block: who it is for, the number in national and
                        international form, hours with their time zone, when it was last confirmed
    {{ hours:ID }}      a table of the contact's hours in local time where Indonesian migrant workers live
    {{ confirmed:ID }}  when the facts of a method or contact were last confirmed, with sources
    {{ source:ID }}     a source's name and date
    {{ social:accounts }}  the official social media accounts, as a list

Loading the data validates every entry; a malformed one fails the build with a message that
names the file, the entry, the field and what was expected. An unknown shortcode fails too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
import yaml
from mkdocs.exceptions import PluginError

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "contacts.yml"
LANGUAGES = ("id", "en")
KINDS = ("phone", "short_code", "whatsapp", "email", "url")
# How sure the facts sheet is of an entry; the two weak ones are said next to the number.
STRENGTHS = ("official_quoted", "base", "reported", "unconfirmed")
WEAK = ("reported", "unconfirmed")
# phonenumbers does not know Indonesian short codes: each one is allowed here, by hand.
SHORT_CODES = frozenset({"175"})
OFFICIAL_DOMAIN = "bpjsketenagakerjaan.go.id"  # the data file's official_domain must say the same
# Hosts that may appear in links: the agency's domain and its subdomains, the app stores, WhatsApp.
OFFICIAL_HOSTS = frozenset({"play.google.com", "apps.apple.com", "wa.me"})

SHORTCODE = re.compile(r"\{\{\s*([a-z_]+)\s*:\s*([A-Za-z0-9_\-]+)\s*\}\}")
ANY_SHORTCODE = re.compile(r"\{\{.*?\}\}")

MONTHS = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
           "Agustus", "September", "Oktober", "November", "Desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
}
WORDS = {
    "id": {
        "for": "Untuk siapa", "number": "Nomor", "whatsapp": "WhatsApp", "email": "Email",
        "address": "Halaman web", "hours": "Jam layanan", "note": "Catatan",
        "confirmed": "Terakhir dikonfirmasi", "confirmed_reported": "Terakhir dilaporkan", "abroad": "dari luar negeri",
        "in_indonesia": "di Indonesia", "no_hours": "tidak disebutkan dalam sumber kami",
        "short_code": "telepon dari Indonesia", "undated": "tanpa tanggal",
        "country": "Negara", "local": "Jam setempat",
        "reported": "Hanya dilaporkan media, belum dipastikan oleh BPJS Ketenagakerjaan.",
        "unconfirmed": "Belum dikonfirmasi sejak {year}.",
        "reported_short": "hanya dilaporkan media", "unconfirmed_short": "belum dikonfirmasi sejak {year}",
    },
    "en": {
        "for": "Who it is for", "number": "Number", "whatsapp": "WhatsApp", "email": "Email",
        "address": "Web page", "hours": "Hours", "note": "Note",
        "confirmed": "Last confirmed", "confirmed_reported": "Last reported", "abroad": "from abroad",
        "in_indonesia": "in Indonesia", "no_hours": "not stated in our sources",
        "short_code": "call from a phone in Indonesia", "undated": "undated",
        "country": "Country", "local": "Local time",
        "reported": "Reported only: news reports, not confirmed by BPJS Ketenagakerjaan.",
        "unconfirmed": "Not confirmed since {year}.",
        "reported_short": "reported only", "unconfirmed_short": "not confirmed since {year}",
    },
}


class DataError(PluginError):
    """A malformed entry in the data file."""


@dataclass(frozen=True)
class Contact:
    key: str
    kind: str
    value: str
    confirmed: str
    sources: tuple[str, ...]
    strength: str = "base"
    name: dict[str, str] = field(default_factory=dict)
    label: dict[str, str] = field(default_factory=dict)
    also: tuple[str, ...] = ()
    audience: dict[str, str] = field(default_factory=dict)
    note: dict[str, str] = field(default_factory=dict)
    hours: tuple[str, str] | None = None

    @property
    def e164(self) -> str:
        """The number in E.164 (phone and WhatsApp), or the short code."""
        if self.kind == "short_code":
            return self.value
        return phonenumbers.format_number(
            phonenumbers.parse(self.value, "ID"), phonenumbers.PhoneNumberFormat.E164
        )

    @property
    def href(self) -> str:
        if self.kind in ("phone", "short_code"):
            return f"tel:{self.e164}"
        if self.kind == "whatsapp":
            return f"https://wa.me/{self.e164.lstrip('+')}"
        if self.kind == "email":
            return f"mailto:{self.value}"
        return self.value

    @property
    def national(self) -> str:
        return readable_national(self.value) if self.kind in ("phone", "whatsapp") else self.value

    @property
    def international(self) -> str:
        return readable_international(self.value) if self.kind in ("phone", "whatsapp") else self.value


@dataclass(frozen=True)
class GuideData:
    contacts: dict[str, Contact]
    methods: dict[str, dict]
    home_zone: dict[str, str]
    abroad_zones: list[dict[str, str]]
    sources: dict[str, dict[str, str]]
    social: list[dict[str, str]] = field(default_factory=list)


def _group(digits: str) -> str:
    """Split a long run of digits into readable groups: 7 -> 3 4, 8 -> 4 4."""
    if len(digits) == 7:
        return f"{digits[:3]} {digits[3:]}"
    if len(digits) == 8:
        return f"{digits[:4]} {digits[4:]}"
    return digits


def readable_national(value: str) -> str:
    """'+62 21 5207797' -> '021 520 7797'; '+628119115910' -> '0811 9115 910'."""
    number = phonenumbers.parse(value, "ID")
    text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    parts = re.sub(r"[()\-]", " ", text).split()
    return " ".join(_group(part) for part in parts)


def readable_international(value: str) -> str:
    """'021 520 7797' -> '+62 21 520 7797'."""
    national = readable_national(value)
    return "+62 " + national[1:]


def is_official_url(url: str) -> bool:
    """An https URL on the agency's domain (or a subdomain), an app store or wa.me."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or parts.username or parts.password or parts.port:
        return False
    return host == OFFICIAL_DOMAIN or host.endswith("." + OFFICIAL_DOMAIN) or host in OFFICIAL_HOSTS


def _fail(path: Path, where: str, problem: str) -> None:
    raise DataError(f"{path}: {where}: {problem}")


def _date_ok(text: str) -> bool:
    return bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text)) and _parse_date(text) is not None


def _parse_date(text: str) -> dt.date | None:
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _bilingual(path: Path, where: str, value: object, required: bool) -> dict[str, str]:
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        _fail(path, where, f"expected a mapping with the languages {', '.join(LANGUAGES)}, found {value!r}")
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            _fail(path, f"{where}.{lang}", f"missing translation: expected non-empty text in '{lang}'")
    extra = set(value) - set(LANGUAGES)
    if extra:
        _fail(path, where, f"unknown language(s) {sorted(extra)}; expected only {', '.join(LANGUAGES)}")
    return {lang: value[lang] for lang in LANGUAGES}


def _check_value(path: Path, where: str, kind: str, value: str) -> None:
    if kind in ("phone", "whatsapp"):
        try:
            number = phonenumbers.parse(value, "ID")
        except phonenumbers.NumberParseException as error:
            _fail(path, where, f"{value!r} is not a phone number ({error}); expected e.g. '021 520 7797'")
        if number.country_code != 62 or not phonenumbers.is_valid_number(number):
            _fail(path, where, f"{value!r} is not a valid Indonesian number according to phonenumbers")
        if kind == "whatsapp" and phonenumbers.number_type(number) not in (
            phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE
        ):
            _fail(path, where, f"{value!r} is not a mobile number; WhatsApp needs one")
    elif kind == "short_code":
        if value not in SHORT_CODES:
            _fail(path, where, f"short code {value!r} is not on the allowlist {sorted(SHORT_CODES)} in hooks/contacts.py")
    elif kind == "email":
        if not re.fullmatch(r"[a-z0-9._-]+@" + re.escape(OFFICIAL_DOMAIN), value):
            _fail(path, where, f"{value!r} is not an address on the official domain {OFFICIAL_DOMAIN}")
    elif kind == "url":
        if not is_official_url(value):
            _fail(path, where, f"{value!r} is not an https URL on an official host "
                  f"({OFFICIAL_DOMAIN} or {', '.join(sorted(OFFICIAL_HOSTS))})")


def load(path: Path = DATA_FILE) -> GuideData:
    """Read and validate the data file; raise DataError naming file, entry and field."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(f"{path}: the data file is missing") from None
    except yaml.YAMLError as error:
        raise DataError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(raw, dict):
        _fail(path, "top level", "expected a mapping with contacts, methods, home_zone, abroad_zones and sources")
    for section in ("official_domain", "contacts", "social", "methods", "home_zone", "abroad_zones", "sources"):
        if section not in raw:
            _fail(path, section, "missing section")
    if raw["official_domain"] != OFFICIAL_DOMAIN:
        _fail(path, "official_domain", f"{raw['official_domain']!r}: expected {OFFICIAL_DOMAIN!r}, "
              "the domain hooks/contacts.py checks every address against")
    social = raw["social"]
    if not isinstance(social, list) or not social:
        _fail(path, "social", "expected a list of {network, account}")
    for index, account in enumerate(social):
        for key in ("network", "account"):
            if not isinstance(account, dict) or not str(account.get(key, "")).strip():
                _fail(path, f"social[{index}].{key}", "missing: expected text")

    sources = raw["sources"]
    if not isinstance(sources, dict):
        _fail(path, "sources", "expected a mapping of source ids")
    for key, source in sources.items():
        if not isinstance(source, dict) or not str(source.get("name", "")).strip():
            _fail(path, f"sources.{key}.name", "missing: expected the publisher's name")
        date = str(source.get("date", ""))
        if date and not _date_ok(date):
            _fail(path, f"sources.{key}.date", f"{date!r} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, or ''")

    def check_confirmation(where: str, entry: dict) -> tuple[str, tuple[str, ...]]:
        confirmed = str(entry.get("confirmed", ""))
        if not _date_ok(confirmed):
            _fail(path, f"{where}.confirmed", f"{confirmed!r} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD")
        refs = entry.get("sources")
        if not isinstance(refs, list) or not refs:
            _fail(path, f"{where}.sources", "missing: expected a list of source ids")
        for ref in refs:
            if ref not in sources:
                _fail(path, f"{where}.sources", f"unknown source {ref!r}; expected one of {sorted(sources)}")
        return confirmed, tuple(refs)

    contacts: dict[str, Contact] = {}
    if not isinstance(raw["contacts"], dict):
        _fail(path, "contacts", "expected a mapping of contact ids")
    for key, entry in raw["contacts"].items():
        where = f"contacts.{key}"
        if not isinstance(entry, dict):
            _fail(path, where, "expected a mapping")
        kind = entry.get("kind")
        if kind not in KINDS:
            _fail(path, f"{where}.kind", f"{kind!r} is not a kind; expected one of {', '.join(KINDS)}")
        value = entry.get("value")
        if not isinstance(value, str) or not value.strip():
            _fail(path, f"{where}.value", "missing: expected the number, address or URL as text")
        _check_value(path, f"{where}.value", kind, value)
        hours = entry.get("hours")
        if hours is not None:
            if not isinstance(hours, dict) or not all(
                re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", str(hours.get(k, ""))) for k in ("open", "close")
            ):
                _fail(path, f"{where}.hours", f"{hours!r}: expected open and close as HH:MM in WIB")
            hours = (hours["open"], hours["close"])
        confirmed, refs = check_confirmation(where, entry)
        strength = entry.get("strength")
        if strength not in STRENGTHS:
            _fail(path, f"{where}.strength", f"{strength!r} is not a strength; expected one of {', '.join(STRENGTHS)}")
        contacts[key] = Contact(
            key=key,
            kind=kind,
            value=value,
            strength=strength,
            name=_bilingual(path, f"{where}.name", entry.get("name"), required=True),
            also=tuple(entry.get("also") or ()),
            label=_bilingual(path, f"{where}.label", entry.get("label"), required=False),
            audience=_bilingual(path, f"{where}.audience", entry.get("audience"), required=False),
            note=_bilingual(path, f"{where}.note", entry.get("note"), required=False),
            hours=hours,
            confirmed=confirmed,
            sources=refs,
        )

    for key, contact in contacts.items():
        for other in contact.also:
            if other not in contacts or contacts[other].kind != contact.kind:
                _fail(path, f"contacts.{key}.also", f"{other!r}: expected the id of another {contact.kind} contact")

    methods = {}
    for key, entry in (raw["methods"] or {}).items():
        confirmed, refs = check_confirmation(f"methods.{key}", entry or {})
        methods[key] = {"confirmed": confirmed, "sources": refs}

    zones = [raw["home_zone"], *raw["abroad_zones"]]
    for index, zone in enumerate(zones):
        where = "home_zone" if index == 0 else f"abroad_zones[{index - 1}]"
        try:
            ZoneInfo(str(zone.get("tz")))
        except (ZoneInfoNotFoundError, ValueError):
            _fail(path, f"{where}.tz", f"{zone.get('tz')!r} is not an IANA time zone")
        if index:
            _bilingual(path, where, {lang: zone.get(lang) for lang in LANGUAGES}, required=True)
    return GuideData(contacts, methods, raw["home_zone"], raw["abroad_zones"], sources, social)


# --- rendering -------------------------------------------------------------------------------


def format_date(text: str, lang: str) -> str:
    if not text:
        return WORDS[lang]["undated"]
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    month = MONTHS[lang][parts[1] - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{parts[2]} {month} {parts[0]}"


def format_time(hhmm: str, lang: str, closing: bool = False) -> str:
    """'06:00' -> '06.00' in Indonesian; a closing time of midnight reads '24.00', not '00.00'."""
    if closing and hhmm == "00:00":
        hhmm = "24:00"
    return hhmm.replace(":", ".") if lang == "id" else hhmm


def local_hours(data: GuideData, hours: tuple[str, str], on: dt.date) -> list[tuple[dict, str, str, str]]:
    """(zone, open, close, UTC offset) in each abroad zone, computed from WIB on a given day."""
    home = ZoneInfo(data.home_zone["tz"])
    rows = []
    for zone in data.abroad_zones:
        tz = ZoneInfo(zone["tz"])
        times = []
        for hhmm in hours:
            hour, minute = map(int, hhmm.split(":"))
            moment = dt.datetime.combine(on, dt.time(hour, minute), tzinfo=home).astimezone(tz)
            times.append(moment)
        offset = times[0].utcoffset() or dt.timedelta(0)
        total = int(offset.total_seconds() // 60)
        sign = "+" if total >= 0 else "-"
        utc = f"UTC{sign}{abs(total) // 60}" + (f":{abs(total) % 60:02d}" if total % 60 else "")
        rows.append((zone, times[0].strftime("%H:%M"), times[1].strftime("%H:%M"), utc))
    return rows


def _source_text(data: GuideData, key: str, lang: str) -> str:
    source = data.sources[key]
    return f"{source['name']}, {format_date(str(source.get('date', '')), lang)}"


def caution(contact: Contact, lang: str, short: bool = False) -> str:
    """What a reader must know about a weak channel, or '' for a sure one."""
    if contact.strength not in WEAK:
        return ""
    return WORDS[lang][contact.strength + ("_short" if short else "")].format(year=contact.confirmed[:4])


def render_link(contact: Contact, text: str | None = None, lang: str | None = None) -> str:
    """A working link; a weak number carries its caution beside it wherever it is shown."""
    link = f"[{text or contact.national}]({contact.href})"
    if lang and contact.kind in ("phone", "whatsapp") and contact.strength in WEAK:
        link += f" (**{caution(contact, lang, short=True)}**)"
    return link


def render_confirmed(data: GuideData, confirmed: str, refs: tuple[str, ...], lang: str, label: str = "confirmed") -> str:
    names = "; ".join(_source_text(data, ref, lang) for ref in refs)
    return f"**{WORDS[lang][label]}:** {format_date(confirmed, lang)} ({names})."


def render_contact(data: GuideData, contact: Contact, lang: str) -> str:
    words = WORDS[lang]
    lines = []
    if contact.audience:
        lines.append(f"- **{words['for']}:** {contact.audience[lang]}")
    if contact.kind in ("phone", "whatsapp"):
        label = words["whatsapp"] if contact.kind == "whatsapp" else words["number"]
        for shown in (contact, *(data.contacts[key] for key in contact.also)):
            warning = f" **{caution(shown, lang)}**" if caution(shown, lang) else ""
            lines.append(
                f"- **{label}:** {render_link(shown)} ({words['in_indonesia']}), "
                f"{render_link(shown, shown.international)} ({words['abroad']}).{warning}"
            )
    elif contact.kind == "short_code":
        lines.append(f"- **{words['number']}:** {render_link(contact)} ({words['short_code']})")
    elif contact.kind == "email":
        lines.append(f"- **{words['email']}:** {render_link(contact)}")
    else:
        lines.append(f"- **{words['address']}:** {render_link(contact, contact.label.get(lang))}")
    if contact.kind not in ("url", "email"):
        if contact.hours:
            start, end = (format_time(t, lang) for t in contact.hours)
            zone = data.home_zone
            lines.append(f"- **{words['hours']}:** {start}–{end} {zone['abbr']} ({zone['utc']})")
        else:
            lines.append(f"- **{words['hours']}:** {words['no_hours']}")
    if contact.note:
        lines.append(f"- **{words['note']}:** {contact.note[lang]}")
    label = "confirmed_reported" if contact.strength == "reported" else "confirmed"
    lines.append(f"- {render_confirmed(data, contact.confirmed, contact.sources, lang, label)}")
    return "\n".join(lines)


def render_hours(data: GuideData, contact: Contact, lang: str) -> str:
    if not contact.hours:
        raise PluginError(f"{DATA_FILE}: contacts.{contact.key}.hours: missing, but a page asks for its local hours")
    words = WORDS[lang]
    on = _parse_date(contact.confirmed) or dt.date.today()
    start, end = (format_time(t, lang) for t in contact.hours)
    zone = data.home_zone
    rows = [
        f"| {words['country']} | {words['local']} |",
        "|---|---|",
        f"| Indonesia ({zone['abbr']}, {zone['utc']}) | {start}–{end} |",
    ]
    for country, open_, close, utc in local_hours(data, contact.hours, on):
        rows.append(f"| {country[lang]} ({utc}) | {format_time(open_, lang)}–{format_time(close, lang, closing=True)} |")
    return "\n".join(rows)


def render(markdown: str, data: GuideData, lang: str, page_name: str) -> str:
    """Replace every shortcode; fail on an unknown one, naming the page."""

    def replace(match: re.Match) -> str:
        code, key = match.group(1), match.group(2)
        if code == "source":
            if key not in data.sources:
                raise PluginError(f"{page_name}: {match.group(0)}: unknown source {key!r} (see {DATA_FILE.name})")
            return _source_text(data, key, lang)
        if code == "social":
            return "\n".join(f"- {a['network']}: {a['account']}" for a in data.social)
        if code == "confirmed" and key in data.methods:
            method = data.methods[key]
            return render_confirmed(data, method["confirmed"], method["sources"], lang)
        if key not in data.contacts:
            raise PluginError(
                f"{page_name}: {match.group(0)}: unknown id {key!r}; expected one of {sorted(data.contacts)}"
            )
        contact = data.contacts[key]
        if code == "link":
            return render_link(contact, contact.label.get(lang), lang)
        if code == "contact":
            return render_contact(data, contact, lang)
        if code == "hours":
            return render_hours(data, contact, lang)
        if code == "confirmed":
            return render_confirmed(data, contact.confirmed, contact.sources, lang)
        raise PluginError(f"{page_name}: {match.group(0)}: unknown shortcode {code!r}; "
                          "expected link, contact, hours, confirmed, source or social")

    result = SHORTCODE.sub(replace, markdown)
    leftover = ANY_SHORTCODE.search(result)
    if leftover:
        raise PluginError(f"{page_name}: malformed shortcode {leftover.group(0)!r}; expected e.g. {{{{ link:sso }}}}")
    return result


# --- MkDocs events ---------------------------------------------------------------------------

_data: GuideData | None = None


def on_config(config, **kwargs):
    global _data
    _data = load()
    return config


def on_page_markdown(markdown, page, config, files, **kwargs):
    lang = config.theme["language"]
    if lang not in LANGUAGES:
        raise PluginError(f"{page.file.src_uri}: the build language {lang!r} is not one of {LANGUAGES}")
    return render(markdown, _data or load(), lang, f"docs/{page.file.src_uri}")
