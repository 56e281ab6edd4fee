"""What the picture for chat groups and the notice-board poster say, in one language: only the sure
channels (a contact whose strength is neither reported nor unconfirmed), each with its use and how sure
it is (its strength and date, as the pages show them beside a claim), the address
rule, the one-time-code rule, where to check a link or number, the date the data was last reviewed,
and that this is an independent guide. Numbers and addresses come from data/contacts.yml, words from
data/ui.yml: hooks/guide/picture.py draws it, hooks/guide/shortcodes.py writes it on the pages (the
picture's alternative text, the poster's lists).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError

from guide import formats
from guide.models import Contact, ContactsFile, fill

WEBSITE = "sso"  # the official website's address on the picture: the self-service portal (Method 2)
APP_CLAIM = "click_to_call"  # the app's line says it calls 175 free from abroad: that claim's evidence


@dataclass(frozen=True)
class Channel:
    value: str  # what a reader dials, writes or types: 175, the email address, the website's host
    use: str  # what it is for, in the language's words
    evidence: str  # how sure, with its date, in the words the pages use beside a claim
    claim: str = ""  # whose evidence: "contact:KEY" or a claim's key (data/contacts.yml), for the pages
    strength: str = ""
    date: str = ""


@dataclass(frozen=True)
class Sheet:
    title: str
    independent: str
    channels: tuple[Channel, ...]
    rule: str
    otp: str
    check: str
    check_address: str
    reviewed: str


def _sure(data: ContactsFile, key: str) -> Contact:
    contact = data.contacts[key]
    if contact.weak:
        raise PluginError(
            f"data/contacts.yml: contacts.{key}: strength {contact.strength!r}: the picture and the poster "
            "show only sure channels"
        )
    return contact


def guide_address(site_url: str, lang: str, page: str = "") -> str:
    """The guide's own address in a language: its home, or one of its pages ('cek-resmi/')."""
    return site_url.rstrip("/") + "/" + ("en/" if lang == "en" else "") + page


def sheet(data: ContactsFile, ui: dict[str, str], lang: str, site_url: str) -> Sheet:
    def channel(value: str, use: str, claim: str, strength: str, date: str) -> Channel:
        return Channel(value, use, formats.evidence(strength, date, ui, lang), claim, strength, date)

    channels = []
    for key, contact in data.contacts.items():
        if contact.weak:
            continue
        use = {"short_code": "picture_call", "email": "picture_email"}.get(contact.kind)
        if use:
            channels.append(channel(contact.value, ui[use], f"contact:{key}", contact.strength, contact.confirmed))
    website = _sure(data, WEBSITE)
    host = urlsplit(website.value).hostname
    channels.append(channel(host, ui["picture_web"], f"contact:{WEBSITE}", website.strength, website.confirmed))
    app = data.claims[APP_CLAIM]
    channels.append(channel(ui["picture_app_name"], ui["picture_app"], APP_CLAIM, app.strength, app.date))
    return Sheet(
        title=ui["picture_title"],
        independent=ui["independent"],
        channels=tuple(channels),
        rule=fill(ui["picture_rule"], domain=data.official_domain),
        otp=ui["picture_otp"],
        check=ui["picture_check"],
        check_address=guide_address(site_url, lang, "cek-resmi/"),
        reviewed=fill(ui["picture_reviewed"], date=formats.date(data.reviewed, lang, "")),
    )
