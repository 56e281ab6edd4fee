"""data/contacts.yml as Pydantic models (every number, address and URL), and how every data file is
read: a malformed entry fails the build with its file, its path and what was expected, written the
way the file reads: `contacts.email.value`, `abroad_zones[0].tz`. The files of words are in texts.py.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
import yaml
from mkdocs.exceptions import PluginError
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from guide import checker

DATA = Path(__file__).resolve().parent.parent.parent / "data"
LANGUAGES = ("id", "en")
OFFICIAL_DOMAIN = checker.OFFICIAL_DOMAIN
SHORT_CODES = frozenset({"175"})  # phonenumbers does not know Indonesian short codes: each is allowed here
OFFICIAL_HOSTS = frozenset({"play.google.com", "apps.apple.com", "wa.me"})  # besides the agency's domain
WEAK = checker.WEAK

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
PLACEHOLDER = re.compile(r"\{(\w+)\}")  # in screen text: {year}, {date}, {channels}...


def fill(text: str, **values) -> str:
    """Screen text with its placeholders filled: the one way the build fills them. A placeholder
    without a value fails the build rather than reach a reader as '{year}'."""

    def value(match: re.Match) -> str:
        if match.group(1) not in values:
            raise PluginError(f"{text!r}: no value for the placeholder {match.group(0)}")
        return str(values[match.group(1)])

    return PLACEHOLDER.sub(value, text)


def read_date(text: str) -> tuple[dt.date, int]:
    """The one date parser: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' as the first day it can mean, and how
    many parts it has: '2020' -> (2020-01-01, 1), '2024-05' -> (2024-05-01, 2), '2023-12-19' -> (.., 3)."""
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise ValueError(f"{text!r} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in text.split("-")]
    try:
        return dt.date(*parts, *[1] * (3 - len(parts))), len(parts)
    except ValueError:
        raise ValueError(f"{text!r} is not a real date") from None


def _date(text: str) -> str:
    if text:
        read_date(text)
    return text


def _zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not an IANA time zone such as 'Asia/Jakarta'") from None
    return name


DateText = Annotated[str, AfterValidator(_date)]
Clock = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]


def is_official_url(url: str) -> bool:
    """An https URL on the agency's domain (the readers' checker's own rule), an app store or wa.me."""
    if checker.is_official_link(url):
        return True
    parts = urlsplit(url)
    plain = parts.netloc == (parts.hostname or "") and parts.netloc.isascii()  # no user, port or odd sign
    return parts.scheme == "https" and plain and parts.netloc in OFFICIAL_HOSTS


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Both(Strict):
    """A text in both languages: a missing one is a missing translation."""

    id: Text
    en: Text

    def __getitem__(self, lang: str) -> str:
        return getattr(self, lang)


class Hours(Strict):
    open: Clock
    close: Clock
    claim: Text  # the id of the claim (under `claims`) that gives these hours: its strength and date are shown


class Claim(Strict):
    """One statement with its own evidence (facts sheet row): how sure, the newest source's date, the
    sources. The page shows the strength and the date beside the statement, never per page."""

    strength: Literal["official", "official_quoted", "reported"]
    date: DateText  # the date of the newest source that supports this very statement, "" if none is dated
    sources: list[str] = Field(min_length=1)
    row: int  # the facts sheet's row
    text: Both | None = None  # the statement itself, when several pages say it


class Contact(Strict):
    name: Both
    kind: Literal["phone", "short_code", "whatsapp", "email", "url"]
    value: Text
    strength: Literal["official_quoted", "base", "reported", "unconfirmed"]
    confirmed: DateText
    sources: list[str] = Field(min_length=1)
    audience: Both | None = None
    ready: Both | None = None  # what to have ready
    note: Both | None = None
    label: Both | None = None
    hours: Hours | None = None
    help: str | None = None  # the id of a claim shown in the block (what the channel can help with)
    also: tuple[str, ...] = ()

    @field_validator("value")
    @classmethod
    def value_fits_kind(cls, value: str, info: ValidationInfo) -> str:
        kind = info.data.get("kind")
        if kind in ("phone", "whatsapp"):
            try:
                number = phonenumbers.parse(value, "ID")
            except phonenumbers.NumberParseException as error:
                raise ValueError(f"{value!r} is not a phone number ({error}); expected e.g. '021 520 7797'") from None
            if number.country_code != 62 or not phonenumbers.is_valid_number(number):
                raise ValueError(f"{value!r} is not a valid Indonesian number according to phonenumbers")
            mobile = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
            if kind == "whatsapp" and phonenumbers.number_type(number) not in mobile:
                raise ValueError(f"{value!r} is not a mobile number; WhatsApp needs one")
        elif kind == "short_code" and value not in SHORT_CODES:
            raise ValueError(
                f"short code {value!r} is not on the allowlist {sorted(SHORT_CODES)} in hooks/guide/models.py"
            )
        elif kind == "email" and not re.fullmatch(r"[a-z0-9._-]+@" + re.escape(OFFICIAL_DOMAIN), value):
            raise ValueError(f"{value!r} is not an address on the official domain {OFFICIAL_DOMAIN}")
        elif kind == "url" and not is_official_url(value):
            raise ValueError(
                f"{value!r} is not an https URL on an official host "
                f"({OFFICIAL_DOMAIN} or {', '.join(sorted(OFFICIAL_HOSTS))})"
            )
        return value

    @property
    def weak(self) -> bool:
        """Reported only, or not confirmed for years: said beside the number, never vouched for."""
        return self.strength in WEAK

    def caution(self, ui: dict, short: bool = False) -> str:
        """How sure a weak channel is, in the page language's words (data/ui.yml), "" for a sure one:
        what the contact page says beside the number and the vCard's label."""
        if not self.weak:
            return ""
        return fill(ui[f"caution_{self.strength}" + ("_short" if short else "")], year=self.confirmed[:4])

    @property
    def e164(self) -> str:
        if self.kind == "short_code":
            return self.value
        return phonenumbers.format_number(phonenumbers.parse(self.value, "ID"), phonenumbers.PhoneNumberFormat.E164)

    @property
    def href(self) -> str:
        if self.kind in ("phone", "short_code"):
            return f"tel:{self.e164}"
        if self.kind == "whatsapp":
            return f"https://wa.me/{self.e164.lstrip('+')}"
        return f"mailto:{self.value}" if self.kind == "email" else self.value


class Social(Strict):
    network: Text
    account: Text


class HomeZone(Strict):
    tz: Annotated[str, AfterValidator(_zone)]
    abbr: Text
    utc: Text


class AbroadZone(Both):
    tz: Annotated[str, AfterValidator(_zone)]


class Source(Strict):
    name: Text
    date: Annotated[str, AfterValidator(_date)] = ""


class ContactsFile(Strict):
    official_domain: Literal["bpjsketenagakerjaan.go.id"]
    reviewed: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$"), AfterValidator(_date)]
    contacts: dict[str, Contact]
    social: list[Social] = Field(min_length=1)
    claims: dict[str, Claim]
    home_zone: HomeZone
    abroad_zones: list[AbroadZone]
    sources: dict[str, Source]

    @model_validator(mode="after")
    def references_exist(self) -> ContactsFile:
        entries = [(f"contacts.{k}", c) for k, c in self.contacts.items()]
        for where, entry in entries + [(f"claims.{k}", c) for k, c in self.claims.items()]:
            unknown = [ref for ref in entry.sources if ref not in self.sources]
            if unknown:
                raise ValueError(
                    f"{where}.sources: unknown source {unknown[0]!r}; expected one of {sorted(self.sources)}"
                )
        for key, claim in self.claims.items():
            dates = {self.sources[ref].date for ref in claim.sources}
            if claim.date != max(dates):
                raise ValueError(
                    f"claims.{key}.date: {claim.date!r} is not the date of its newest source: expected {max(dates)!r}"
                )
        for where, contact in entries:
            for field, ref in (("hours.claim", contact.hours and contact.hours.claim), ("help", contact.help)):
                if ref and ref not in self.claims:
                    raise ValueError(f"{where}.{field}: unknown claim {ref!r}; expected one of {sorted(self.claims)}")
        for where, contact in entries:
            for other in contact.also:
                if other not in self.contacts or self.contacts[other].kind != contact.kind:
                    raise ValueError(f"{where}.also: {other!r}: expected the id of another {contact.kind} contact")
        return self


class DataError(PluginError):
    """A malformed data file: the message names the file, the path and what was expected."""


def _where(loc: tuple) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif "[" not in str(part):  # pydantic's own steps, such as 'function-after[_date(), str]'
            text += ("." if text else "") + str(part)
    return text


def describe(path: Path, error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        where, message = _where(item["loc"]), item["msg"].removeprefix("Value error, ")
        if item["type"] == "missing":
            message = "missing translation" if where.endswith((".id", ".en")) else "missing"
        elif item["type"] == "extra_forbidden":
            message = "unknown field"
        found = item.get("input")
        if item["type"] != "missing" and not isinstance(found, (dict, list)) and repr(found) not in message:
            message += f" (found {found!r})"
        lines.append(f"{path}: {where}: {message}" if where else f"{path}: {message}")
    return "\n".join(lines)


# libyaml's parser where PyYAML has it (the same safe constructors and resolver as yaml.safe_load, a
# few times faster): the data files are read by every build and by many tests.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str):
    return yaml.load(text, Loader=SAFE_LOADER)


def read(model: type[BaseModel], path: Path) -> BaseModel:
    """Read a YAML file into its model, or fail the build naming the file and every bad path."""
    try:
        raw = parse_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(f"{path}: the data file is missing") from None
    except yaml.YAMLError as error:
        raise DataError(f"{path}: not valid YAML: {error}") from None
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        raise DataError(describe(path, error)) from None


def load_contacts(path: Path = DATA / "contacts.yml") -> ContactsFile:
    return read(ContactsFile, path)
