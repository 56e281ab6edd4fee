"""Save the numbers: one vCard file per language (kontak/bpjs-ketenagakerjaan.vcf), built from
data/contacts.yml through the template beside this file (hooks/guide/vcard.vcf), so that a reader's
phone names the line when it calls or a chat arrives. It holds two contacts:

- "BPJS Ketenagakerjaan (resmi)": only the channels our sources confirm (175, the email, the
  websites). A saved contact called "resmi" must never vouch for a number our sources only report.
- "Belum pasti: WA BPJS Ketenagakerjaan" ("Unconfirmed: ..."): the WhatsApp numbers that are only
  reported, or not confirmed for years (facts sheet rows 9 and 12). Such a number may have been
  given to someone else since; the name that WhatsApp shows says so first, each number's label
  and the note say how sure it is, and the note points to 175. Without a saved contact, a chat
  from that number would show whatever profile name its owner chose.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from guide.models import ContactsFile, fill

FILE = "bpjs-ketenagakerjaan.vcf"
TEMPLATE = Path(__file__).with_name("vcard.vcf")  # rendered straight into the site, never copied into it


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def cards(data: ContactsFile, ui: dict[str, str], lang: str) -> list[dict]:
    sure = [c for c in data.contacts.values() if not c.weak]
    unsure = [c for c in data.contacts.values() if c.weak and c.kind == "whatsapp"]
    channels = "; ".join(f"{c.value}: {c.name[lang]} ({c.caution(ui, short=True)})" for c in unsure)
    return [
        {
            "name": escape(ui["vcard_name"]),
            "org": True,
            "phones": [{"number": c.e164, "label": ""} for c in sure if c.kind in ("phone", "short_code")],
            "emails": [c.value for c in sure if c.kind == "email"],
            "urls": [data.contacts[key].value for key in ("main_site", "sso")],
            "note": escape(ui["vcard_note"]),
        },
        {
            "name": escape(ui["vcard_weak_name"]),
            "org": False,
            "phones": [{"number": c.e164, "label": escape(f"WhatsApp ({c.caution(ui, short=True)})")} for c in unsure],
            "emails": [],
            "urls": [],
            "note": escape(fill(ui["vcard_weak_note"], channels=channels)),
        },
    ]


def fold(line: str) -> str:
    """A line of at most 75 bytes, the rest on lines that start with a space (RFC 2426, 2.6)."""
    parts, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > (75 if not parts else 74):
            parts.append(current)
            current = char
        else:
            current += char
    return "\r\n ".join([*parts, current])


def render(template: jinja2.Template, data: ContactsFile, ui: dict[str, str], lang: str) -> str:
    text = template.render(cards=cards(data, ui, lang))
    return "\r\n".join(fold(line) for line in text.strip().splitlines() if line.strip()) + "\r\n"


def write_cards(site, config, build) -> None:
    template = jinja2.Template(TEMPLATE.read_text(encoding="utf-8"))
    for lang, folder in (("id", site.folder / "kontak"), ("en", site.folder / "en" / "kontak")):
        text = render(template, build.data.contacts, build.data.ui[lang], lang)
        (folder / FILE).write_text(text, encoding="utf-8", newline="")
