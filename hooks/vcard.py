"""Save the official numbers: a vCard per language (kontak/bpjs-ketenagakerjaan-resmi.vcf), built from
data/contacts.yml through overrides/vcard.vcf, so that a reader's phone names the official line when
it calls. Weak channels (reported or unconfirmed) are left out on purpose: a saved contact called
"resmi" must not vouch for a number our sources only report."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from guide import models, texts
from guide.build import inner_language_build

FILE = "bpjs-ketenagakerjaan-resmi.vcf"


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def render(config, lang: str) -> str:
    data, ui = models.load_contacts(), texts.load_ui()[lang]
    sure = [c for c in data.contacts.values() if not c.weak]
    card = (
        config.theme.get_env()
        .get_template("vcard.vcf")
        .render(
            name=escape(ui["vcard_name"]),
            phones=[c.e164 for c in sure if c.kind in ("phone", "short_code")],
            emails=[c.value for c in sure if c.kind == "email"],
            urls=[data.contacts[key].value for key in ("main_site", "sso")],
            note=escape(ui["vcard_note"]),
        )
    )
    return "\r\n".join(line for line in card.strip().splitlines() if line.strip()) + "\r\n"


@event_priority(-300)
def on_post_build(config, **kwargs):
    if inner_language_build(config):
        return
    site = Path(config.site_dir)
    for lang, folder in (("id", site / "kontak"), ("en", site / "en" / "kontak")):
        (folder / FILE).write_text(render(config, lang), encoding="utf-8", newline="")
