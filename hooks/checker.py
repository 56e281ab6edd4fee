"""The address rule, its worked examples and the "is this official?" checker, from data/checker.yml.

Pages write `{{ checker:rule }}` (the numbered steps), `{{ checker:examples }}` (a table of official
and look-alike addresses) and `{{ checker:form }}` (the checker's box). The box's script,
docs/assets/check.js, reads the official lists from a JSON block rendered here from
data/contacts.yml: the domain, every number and short code with its channel and how sure it is.
Nothing official is typed twice. Runs before hooks/contacts.py, which fails on unknown shortcodes.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import contacts  # a sibling hook: MkDocs puts this folder on sys.path
import yaml
from mkdocs.exceptions import PluginError

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "checker.yml"
LANGUAGES = contacts.LANGUAGES
SHORTCODE = re.compile(r"\{\{\s*checker\s*:\s*([a-z]+)\s*\}\}")
HOSTNAME = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}")
MESSAGES = ("label", "hint", "nojs", "button", "official_link", "official_email", "official_number", "http",
            "at_sign", "lookalike_letters", "shortener", "contains_name", "other_site", "not_web", "other_email",
            "not_listed", "foreign", "wrong_kind", "invalid", "empty", "reported", "unconfirmed", "confirmed")
WORDS = {"id": {"address": "Alamat", "official": "Resmi?", "why": "Alasan", "yes": "Ya", "no": "Tidak"},
         "en": {"address": "Address", "official": "Official?", "why": "Why", "yes": "Yes", "no": "No"}}


def _fail(where: str, problem: str) -> None:
    raise PluginError(f"{DATA_FILE}: {where}: {problem}")


def _both(where: str, value: object) -> dict:
    if not isinstance(value, dict) or any(not value.get(lang) for lang in LANGUAGES):
        _fail(where, f"missing translation: expected text in {', '.join(LANGUAGES)}, found {value!r}")
    return value


def load(path: Path = DATA_FILE) -> dict:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise PluginError(f"{path}: cannot read the checker data: {error}") from None
    for section in ("shorteners", "rule", "examples", "messages"):
        if not isinstance(raw, dict) or section not in raw:
            _fail(section, "missing section")
    for index, host in enumerate(raw["shorteners"]):
        if not isinstance(host, str) or not HOSTNAME.fullmatch(host):
            _fail(f"shorteners[{index}]", f"{host!r} is not a host name such as 'bit.ly'")
    rule = _both("rule", raw["rule"])
    if len({len(rule[lang]) for lang in LANGUAGES}) != 1:
        _fail("rule", "expected the same number of steps in every language")
    for index, example in enumerate(raw["examples"]):
        where = f"examples[{index}]"
        _both(f"{where}.why", example.get("why"))
        address, official = example.get("address"), example.get("official")
        if not isinstance(address, str) or not isinstance(official, bool):
            _fail(where, "expected an address (text) and official: true or false")
        if contacts.is_official_url(address) is not official:
            _fail(f"{where}.official", f"{address!r} is marked official: {official}, but the address rule says "
                  f"{not official}")
    for key in MESSAGES:
        _both(f"messages.{key}", raw["messages"].get(key))
    return raw


def render_rule(data: dict, lang: str) -> str:
    return "\n".join(f"{number}. {step}" for number, step in enumerate(data["rule"][lang], start=1))


def render_examples(data: dict, lang: str) -> str:
    words = WORDS[lang]
    rows = [f"| {words['address']} | {words['official']} | {words['why']} |", "|---|---|---|"]
    for example in data["examples"]:
        verdict = words["yes"] if example["official"] else f"**{words['no']}**"
        rows.append(f"| `{example['address']}` | {verdict} | {example['why'][lang]} |")
    return "\n".join(rows)


def official_lists(data: dict, guide: contacts.GuideData, lang: str) -> dict:
    """What check.js needs, in the page's language: all of it from the two data files."""
    numbers = []
    for contact in guide.contacts.values():
        if contact.kind not in ("phone", "whatsapp", "short_code"):
            continue
        numbers.append({"number": contact.e164, "kind": contact.kind, "channel": contact.name[lang],
                        "strength": contact.strength, "year": contact.confirmed[:4],
                        "date": contacts.format_date(contact.confirmed, lang)})
    emails = [c.value for c in guide.contacts.values() if c.kind == "email"]
    return {"domain": contacts.OFFICIAL_DOMAIN, "shorteners": data["shorteners"], "numbers": numbers,
            "emails": emails, "messages": {key: data["messages"][key][lang] for key in MESSAGES}}


def render_form(data: dict, guide: contacts.GuideData, lang: str) -> str:
    text = {key: html.escape(data["messages"][key][lang]) for key in ("label", "hint", "button", "nojs")}
    lists = json.dumps(official_lists(data, guide, lang), ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return (
        f'<p class="guide-check__nojs" data-check-nojs>{text["nojs"]}</p>\n'
        f'<form class="guide-check" data-check-form hidden>\n'
        f'<label for="guide-check-input">{text["label"]}</label>\n'
        f'<p class="guide-check__hint" id="guide-check-hint">{text["hint"]}</p>\n'
        f'<input id="guide-check-input" type="text" autocomplete="off" autocapitalize="off" spellcheck="false" '
        f'aria-describedby="guide-check-hint" data-check-input>\n'
        f'<button type="submit" class="md-button md-button--primary">{text["button"]}</button>\n'
        f'</form>\n'
        f'<p class="guide-check__result" role="status" data-check-result></p>\n'
        f'<script type="application/json" id="guide-check-data">{lists}</script>\n'
    )


_data: dict | None = None


def on_config(config, **kwargs):
    global _data
    _data = load()
    return config


def on_page_markdown(markdown, page, config, files, **kwargs):
    lang = config.theme["language"]
    data = _data or load()

    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name == "rule":
            return render_rule(data, lang)
        if name == "examples":
            return render_examples(data, lang)
        if name == "form":
            return render_form(data, contacts.load(), lang)
        raise PluginError(f"docs/{page.file.src_uri}: {match.group(0)}: unknown checker shortcode {name!r}; "
                          "expected rule, examples or form")

    return SHORTCODE.sub(replace, markdown)
