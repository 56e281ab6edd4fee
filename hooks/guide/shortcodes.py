"""Shortcodes, `{{ name:key }}` in a page, dispatched from a dictionary of small functions (as in
Material's own docs). Each returns what a macro of overrides/partials/shortcodes.html writes.

    {{ link:ID }}          a contact as a working link; a weak number carries its caution beside it
    {{ contact:ID }}       a contact block: who it is for, number, hours (with their own strength), note,
                           how sure the channel is
    {{ hours:ID }}         the contact's hours in local time where Indonesian migrant workers live
    {{ claim:ID }}         one statement's evidence (data/contacts.yml: claims): its strength and date,
                           written beside the statement (after the claim's own text, when it has one)
    {{ source:ID }}        a source's name and date
    {{ social:accounts }}  the official social media accounts
    {{ checker:rule }}, {{ checker:examples }}, {{ checker:form }}
                           the address rule, its worked examples, the link-and-number checker's box
    {{ vcard:download }}   the link to the page's vCard (hooks/guide/vcard.py)
    {{ picture:share }}    the action that shares the picture of the sure channels, and its full text
    {{ poster:independent }}, {{ poster:channels }}, {{ poster:rules }}, {{ poster:qr }}
                           the parts of the notice-board poster drawn from the data (docs/poster.md)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mkdocs.exceptions import PluginError

from guide import channels, formats, picture
from guide import vcard as vcard_file
from guide.models import Claim, Contact, ContactsFile, read_date
from guide.texts import CheckerFile

SHORTCODE = re.compile(r"\{\{\s*([a-z_]+)\s*:\s*([A-Za-z0-9_\-]+)\s*\}\}")
ANY_SHORTCODE = re.compile(r"\{\{.*?\}\}")


@dataclass
class Context:
    contacts: ContactsFile
    checker: CheckerFile
    ui: dict[str, str]
    lang: str
    macros: object  # the template module of overrides/partials/shortcodes.html
    page: str
    shortcode: str = ""  # the one being rendered, for messages
    site_url: str = ""  # the site's address (mkdocs.yml: site_url), for the guide's own addresses

    def sheet(self) -> channels.Sheet:
        return channels.sheet(self.contacts, self.ui, self.lang, self.site_url)

    def contact(self, key: str) -> Contact:
        if key not in self.contacts.contacts:
            raise PluginError(
                f"{self.page}: {self.shortcode}: unknown id {key!r}; expected one of {sorted(self.contacts.contacts)}"
            )
        return self.contacts.contacts[key]

    def date(self, text: str) -> str:
        return formats.date(text, self.lang, self.ui["contact_undated"])

    def span(self, contact: Contact) -> str:
        """'06.00–22.00': the contact's hours in the home zone, or '' when the sources give none."""
        if not contact.hours:
            return ""
        return f"{formats.time(contact.hours.open, self.lang)}–{formats.time(contact.hours.close, self.lang)}"


def source(key: str, ctx: Context) -> str:
    if key not in ctx.contacts.sources:
        raise PluginError(f"{ctx.page}: {{{{ source:{key} }}}}: unknown source {key!r} (see data/contacts.yml)")
    found = ctx.contacts.sources[key]
    return f"{found.name}, {ctx.date(found.date)}"


def link(key: str, ctx: Context) -> str:
    contact = ctx.contact(key)
    text = contact.label[ctx.lang] if contact.label else formats.national(contact)
    return str(ctx.macros.link(contact, ctx.ui, text))


def contact_block(key: str, ctx: Context) -> str:
    contact = ctx.contact(key)
    shown = [contact, *(ctx.contact(other) for other in contact.also)]
    numbers = [
        {"contact": c, "national": formats.national(c), "international": formats.international(c)} for c in shown
    ]
    zone = ctx.contacts.home_zone
    return str(
        ctx.macros.contact(
            contact,
            ctx.ui,
            numbers,
            f"{ctx.span(contact)} {zone.abbr} ({zone.utc})" if contact.hours else "",
            zone.abbr,
            evidence(f"contact:{key}", contact.strength, contact.confirmed, contact.sources, ctx),
            claim_evidence(contact.hours.claim, ctx) if contact.hours else "",
            claim(contact.help, ctx) if contact.help else "",
            formats.utc_offset_minutes(zone.tz),
        )
    )


def hours(key: str, ctx: Context) -> str:
    contact = ctx.contact(key)
    if not contact.hours:
        raise PluginError(f"data/contacts.yml: contacts.{key}.hours: missing, but {ctx.page} asks for its local hours")
    on = read_date(contact.confirmed)[0]  # the hours as on the first day of the date of their source
    zone = ctx.contacts.home_zone
    rows = [ctx.span(contact)]
    for country, start, end, utc in formats.local_hours(ctx.contacts, (contact.hours.open, contact.hours.close), on):
        span = f"{formats.time(start, ctx.lang)}–{formats.time(end, ctx.lang, closing=True)}"
        rows.append((f"{getattr(country, ctx.lang)} ({utc})", span))
    return str(ctx.macros.hours_table(ctx.ui, f"{zone.abbr}, {zone.utc}", rows))


def evidence(key: str, strength: str, date: str, sources: list[str], ctx: Context) -> str:
    return str(
        ctx.macros.evidence(
            key, strength, date, formats.evidence(strength, date, ctx.ui, ctx.lang), len(sources), ctx.ui
        )
    )


def contact_evidence(key: str, ctx: Context) -> str:
    """How sure a contact is, beside a mention of it outside its block: `{{ evidence:email }}`. A weak
    contact (reported, unconfirmed) is shown only in its block, where its caution is."""
    contact = ctx.contact(key)
    if contact.weak:
        raise PluginError(
            f"{ctx.page}: {ctx.shortcode}: {key!r} is {contact.strength}: show it with {{{{ contact:{key} }}}}, "
            "which gives its caution"
        )
    return evidence(f"contact:{key}", contact.strength, contact.confirmed, contact.sources, ctx)


def claim_of(key: str, ctx: Context) -> Claim:
    if key not in ctx.contacts.claims:
        raise PluginError(
            f"{ctx.page}: {{{{ claim:{key} }}}}: unknown claim {key!r}; expected one of {sorted(ctx.contacts.claims)}"
        )
    return ctx.contacts.claims[key]


def claim_evidence(key: str, ctx: Context) -> str:
    found = claim_of(key, ctx)
    return evidence(key, found.strength, found.date, found.sources, ctx)


def claim(key: str, ctx: Context) -> str:
    found = claim_of(key, ctx)
    text = found.text[ctx.lang] + " " if found.text else ""
    return text + claim_evidence(key, ctx)


def social(key: str, ctx: Context) -> str:
    return str(ctx.macros.social(ctx.contacts.social))


def official_lists(ctx: Context) -> dict:
    """What the checker needs (hooks/guide/checker.py, docs/assets/js/check.js), in the page's
    language: all of it from the data files."""
    numbers = [
        {
            "number": c.e164,
            "kind": c.kind,
            "channel": c.name[ctx.lang],
            "strength": c.strength,
            "year": c.confirmed[:4],
            "date": ctx.date(c.confirmed),
        }
        for c in ctx.contacts.contacts.values()
        if c.kind in ("phone", "whatsapp", "short_code")
    ]
    messages = {key.removeprefix("check_"): text for key, text in ctx.ui.items() if key.startswith("check_")}
    messages.update({key: ctx.ui[key] for key in ("caution_reported", "caution_unconfirmed")})
    return {
        "domain": ctx.contacts.official_domain,
        "shorteners": ctx.checker.shorteners,
        "words": ctx.checker.words.model_dump(),
        "numbers": numbers,
        "messages": messages,
    }


def part(key: str, parts: dict, ctx: Context) -> str:
    """The part `key` of a shortcode with parts ({{ checker:form }}, {{ poster:qr }}...), or a failure
    naming the page, the shortcode and the parts there are."""
    if key not in parts:
        raise PluginError(f"{ctx.page}: {ctx.shortcode}: unknown part {key!r}; expected {', '.join(parts)}")
    return str(parts[key]())


def checker(key: str, ctx: Context) -> str:
    parts = {
        "rule": lambda: ctx.macros.rule(getattr(ctx.checker.rule, ctx.lang)),
        "examples": lambda: ctx.macros.examples(ctx.ui, ctx.checker.examples),
        "form": lambda: ctx.macros.checker_form(ctx.ui, official_lists(ctx)),
    }
    return part(key, parts, ctx)


def vcard(key: str, ctx: Context) -> str:
    """The link to the page's vCard (hooks/guide/vcard.py), in raw HTML: MkDocs does not know the file."""
    return f'<a class="md-button" href="{vcard_file.FILE}" download data-vcard>{ctx.ui["vcard_link"]}</a>'


def picture_share(key: str, ctx: Context) -> str:
    """The picture for chat groups (hooks/guide/picture.py writes it into kontak/): linked, not embedded."""

    def share() -> str:
        sheet = ctx.sheet()
        size = f"{len(picture.png(sheet)) / 1024:.0f}"
        file = ctx.ui["picture_file"]
        return ctx.macros.picture_share(ctx.ui, sheet, f"../kontak/{file}", file, size)

    return part(key, {"share": share}, ctx)


def poster(key: str, ctx: Context) -> str:
    sheet = ctx.sheet()
    home = channels.guide_address(ctx.site_url, ctx.lang)
    parts = {
        "independent": lambda: ctx.macros.poster_independent(sheet),
        "channels": lambda: ctx.macros.poster_channels(sheet),
        "rules": lambda: ctx.macros.poster_rules(sheet),
        "qr": lambda: ctx.macros.poster_qr(ctx.ui, sheet, home, picture.qr_size(home)),
    }
    return part(key, parts, ctx)


SHORTCODES = {
    "link": link,
    "contact": contact_block,
    "hours": hours,
    "claim": claim,
    "evidence": contact_evidence,
    "source": source,
    "social": social,
    "checker": checker,
    "vcard": vcard,
    "picture": picture_share,
    "poster": poster,
}


def render(markdown: str, ctx: Context) -> str:
    """Replace every shortcode; fail on an unknown or malformed one, naming the page."""

    def replace(match: re.Match) -> str:
        name, key = match.group(1), match.group(2)
        if name not in SHORTCODES:
            raise PluginError(
                f"{ctx.page}: {match.group(0)}: unknown shortcode {name!r}; expected one of {', '.join(SHORTCODES)}"
            )
        ctx.shortcode = match.group(0)
        return SHORTCODES[name](key, ctx)

    result = SHORTCODE.sub(replace, markdown)
    leftover = ANY_SHORTCODE.search(result)
    if leftover:
        raise PluginError(f"{ctx.page}: malformed shortcode {leftover.group(0)!r}; expected e.g. {{{{ link:sso }}}}")
    return result
