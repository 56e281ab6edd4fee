"""The tests' own pinned copy of the official contacts, on purpose separate from data/contacts.yml.

Changing a number takes two deliberate edits: the data file and this file. Each entry says where
it comes from and when (see the facts sheet the guide was written from).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Official:
    name: str
    value: str  # E.164 for numbers, the short code itself, the address or the URL
    source: str
    date: str


# Each official value is typed here once, and only here in tests/ (tests/test_official_once.py
# fails on any other file that types one, in any written form). Every other test imports it.
OFFICIAL_DOMAIN = "bpjsketenagakerjaan.go.id"
CALL_CENTRE = "175"
HEAD_OFFICE = "+62215207797"
WHATSAPP_ABROAD_1 = "+628119115910"
WHATSAPP_ABROAD_2 = "+628551500910"
WHATSAPP_GENERAL = "+6281380070175"
EMAIL = f"care@{OFFICIAL_DOMAIN}"
SSO = f"https://sso.{OFFICIAL_DOMAIN}/"
MAIN_SITE = f"https://www.{OFFICIAL_DOMAIN}/"
BRANCHES = f"https://www.{OFFICIAL_DOMAIN}/kontak.html"
JMO_PLAY = "https://play.google.com/store/search?q=JMO%20Jamsostek%20Mobile&c=apps"

# The id of each pinned value in data/contacts.yml: tests/test_data.py compares them one by one.
IDS = {
    "call_centre": CALL_CENTRE,
    "email": EMAIL,
    "regional_offices": BRANCHES,
    "whatsapp_general": WHATSAPP_GENERAL,
    "whatsapp_abroad_1": WHATSAPP_ABROAD_1,
    "whatsapp_abroad_2": WHATSAPP_ABROAD_2,
    "head_office": HEAD_OFFICE,
    "sso": SSO,
    "main_site": MAIN_SITE,
    "jmo_play": JMO_PLAY,
}

PHONES = {
    HEAD_OFFICE: Official("Head office phone", HEAD_OFFICE, "source article (CNN Indonesia)", "2020"),
}
WHATSAPP = {
    WHATSAPP_ABROAD_1: Official(
        "WhatsApp for Indonesians abroad, number 1",
        WHATSAPP_ABROAD_1,
        "source article; katadata.co.id; sonora.id",
        "2023-01-13",
    ),
    WHATSAPP_ABROAD_2: Official(
        "WhatsApp for Indonesians abroad, number 2", WHATSAPP_ABROAD_2, "source article; sonora.id", "2023-01-13"
    ),
    WHATSAPP_GENERAL: Official("General WhatsApp service", WHATSAPP_GENERAL, "suara.com; tabengan.co.id", "2021-08-23"),
}
# phonenumbers does not know Indonesian short codes: each is allowed here explicitly.
SHORT_CODES = {
    CALL_CENTRE: Official("Layanan Masyarakat 175", CALL_CENTRE, "suara.com; manadones.co.id; ipol.id", "2024-05"),
}
EMAILS = {
    EMAIL: Official("Member service email", EMAIL, "source article; katadata.co.id", "2020"),
}
# Every address outside the site that a page may link to, exactly: not whole hosts.
URLS = {
    SSO: Official("Self-service portal", SSO, "source article; poskota.co.id; umsu.ac.id", "2024"),
    MAIN_SITE: Official("Main website", MAIN_SITE, "source article", "2020"),
    BRANCHES: Official("Branch offices", BRANCHES, "source article", "2020"),
    JMO_PLAY: Official(
        "Play Store search for JMO",
        JMO_PLAY,
        "a store search: no app id is confirmed (facts sheet, row 5)",
        "2023-11-09",
    ),
}
# The share link (no number: the reader picks the chat) and the project's issue form.
WHATSAPP_SHARE = "https://wa.me/?text="
# The default (mkdocs.yml); the publishing workflow builds with REPO_URL set to its own repository.
REPO_URL = os.environ.get("REPO_URL") or "https://github.com/cek-nomor-bpjstk/guide"
# Weak channels: how sure each is and the year its caution names (facts sheet rows 7, 9, 12). The
# words a reader sees are the site's own copy (data/ui.yml, caution_*_short); the pins are the claim.
CAUTIONS = {
    HEAD_OFFICE: ("unconfirmed", "2020"),
    WHATSAPP_GENERAL: ("unconfirmed", "2021"),
    WHATSAPP_ABROAD_1: ("reported", "2023"),
    WHATSAPP_ABROAD_2: ("reported", "2023"),
}
# What each strength must say to the reader, in words the site's caution has to contain.
CAUTION_MEANING = {
    "unconfirmed": {"id": "belum dikonfirmasi", "en": "not confirmed"},
    "reported": {"id": "dilaporkan media", "en": "reported"},
}


@cache
def _ui():
    from guide.texts import load_ui

    return load_ui()


def caution(number: str, lang: str) -> str:
    """The short caution the pages show beside a weak number (lower case), in the site's words for
    its pinned strength: an unconfirmed number's names its pinned year."""
    strength, year = CAUTIONS[number]
    words = getattr(_ui(), lang)[f"caution_{strength}_short"].lower()
    meaning = CAUTION_MEANING[strength][lang]
    assert meaning in words and "resmi" not in words and "official" not in words, (
        f"data/ui.yml: caution_{strength}_short ({lang}) is {words!r}; it must say {meaning!r} "
        "(tests/official.py, CAUTION_MEANING) and never call the number official"
    )
    if strength == "unconfirmed":
        assert "{year}" in words, f"data/ui.yml: caution_unconfirmed_short ({lang}) no longer names the year"
        words = words.replace("{year}", year)
    return words


# phonenumbers' own forms of each number (the national and the international), as the pages show
# them, pinned here once as a grouping of its digits: N stands for the next digit of the number after +62.
FORMS = {
    HEAD_OFFICE: ("(0NN) NNNNNNN", "+62 NN NNNNNNN"),
    WHATSAPP_ABROAD_1: ("0NNN-NNNN-NNN", "+62 NNN-NNNN-NNN"),
    WHATSAPP_ABROAD_2: ("0NNN-NNNN-NNN", "+62 NNN-NNNN-NNN"),
    WHATSAPP_GENERAL: ("0NNN-NNNN-NNNN", "+62 NNN-NNNN-NNNN"),
}


def written(number: str, grouping: str) -> str:
    """A pinned number (E.164, or its id in data/contacts.yml) as a person writes it: each N of the
    grouping takes the next digit after +62 (written(HEAD_OFFICE, "0NN NNN NNNN"), as the 2020 article wrote it)."""
    digits = IDS.get(number, number).removeprefix("+62")
    if grouping.count("N") != len(digits) or not digits.isdigit():
        raise ValueError(f"{grouping!r} has {grouping.count('N')} places for the {len(digits)} digits of {number}")
    it = iter(digits)
    return "".join(next(it) if c == "N" else c for c in grouping)


def national(number: str) -> str:
    return written(number, FORMS[IDS.get(number, number)][0])


def international(number: str) -> str:
    return written(number, FORMS[IDS.get(number, number)][1])


def changed_digit(value: str) -> str:
    """A pinned value with its last digit changed: one a scammer might use."""
    return value[:-1] + str((int(value[-1]) + 1) % 10)


PLACEHOLDER = re.compile(r"\{(\w+)(?::([^{}]*))?\}")


def expand(text: str) -> str:
    """Fills the placeholders of a table written by hand (tests/fixtures/checker_cases.yml,
    tests/aria/*.yml) from the pins: {domain} (upper case: {DOMAIN}), {name} (the domain's first
    label), {ID} (the value of an id of data/contacts.yml), {ID:GROUPING} (a number as written, see
    written()), {ID:national} and {ID:international}."""

    def fill(match: re.Match) -> str:
        key, form = match.groups()
        if key in ("domain", "DOMAIN", "name") and form is None:
            value = OFFICIAL_DOMAIN if key != "name" else OFFICIAL_DOMAIN.split(".")[0]
            return value.upper() if key == "DOMAIN" else value
        if key not in IDS:
            raise KeyError(f"unknown placeholder {match.group(0)!r} in {text!r}")
        if form is None:
            return IDS[key]
        if form in ("national", "international"):
            return national(key) if form == "national" else international(key)
        return written(key, form)

    return PLACEHOLDER.sub(fill, text)


# The picture for chat groups shows these, and only these, channels (the sure ones: no caution above),
# each read back exactly by OCR: the short code, the email, the official website's host, the app's name.
PICTURE_CHANNELS = (CALL_CENTRE, EMAIL, f"sso.{OFFICIAL_DOMAIN}", "JMO")
# How sure each of them is, said beside it (as on the contact page): confirmed by an official quoted
# (175, row 11; the app's click to call, row 17) or reported (the email, row 8; the website, row 6),
# and the year of the newest source.
PICTURE_EVIDENCE = {
    CALL_CENTRE: ("confirmed", "2024"),
    EMAIL: ("reported", "2020"),
    f"sso.{OFFICIAL_DOMAIN}": ("reported", "2024"),
    "JMO": ("confirmed", "2023"),
}
EVIDENCE_WORDS = {
    "confirmed": {"id": "dikonfirmasi", "en": "confirmed"},
    "reported": {"id": "dilaporkan", "en": "reported"},
}
# The contact page lists its channels in this order, the surest first (section anchors).
CONTACT_CHANNELS = ["layanan-175", "email", "kantor-cabang", "whatsapp", "whatsapp-luar-negeri", "kantor-pusat"]
# The section for readers abroad (what works without a KPJ, in order) comes before the WhatsApp numbers;
# then the section that saves the numbers on a phone (the vCard), and the one that shares their picture.
CONTACT_ORDER = [*CONTACT_CHANNELS[:3], "luar-negeri", *CONTACT_CHANNELS[3:], "simpan-kontak", "bagikan-gambar"]
# The official social media accounts (facts sheet, row 15), as the safety page lists them.
SOCIAL = {"Instagram: @bpjs.ketenagakerjaan", "X (Twitter): @bpjstkinfo", "Facebook: BPJS Ketenagakerjaan"}
SOCIAL_HANDLES = {"@bpjs.ketenagakerjaan", "@bpjstkinfo"}
# Every number a page must show, by page (both languages).
EXPECTED_ON_PAGE = {
    "kontak": {CALL_CENTRE, HEAD_OFFICE, WHATSAPP_ABROAD_1, WHATSAPP_ABROAD_2, WHATSAPP_GENERAL},
}
# Names that may appear as plain text (never as links): the publishers the sources page cites.
PUBLISHERS = {
    "kilastotabuan.com",
    "sulut.inews.id",
    "bali.antaranews.com",
    "penyukajalanjalan.com",
    "sonora.id",
    "poskota.co.id",
    "umsu.ac.id",
    "katadata.co.id",
    "suara.com",
    "kompas.com",
    "tabengan.co.id",
    "ipol.id",
    "antaranews.com",
    "medcom.id",
    "liputan6.com",
    "economy.okezone.com",
    "priangan.tribunnews.com",
    "manadones.co.id",
    "republika.co.id",
    "jpnn.com",
    "idxchannel.com",
    "kapanlagi.com",
    "regamedianews.com",
    "portaljtv.com",
}
# The worked examples of the address rule, written in code on the safety page, never linked:
# address -> official or not. A look-alike may appear only here, and only as one of these.
ADDRESS_EXAMPLES = {
    SSO: True,
    BRANCHES: True,
    f"https://{OFFICIAL_DOMAIN}.info/klaim": False,
    f"https://sso.{OFFICIAL_DOMAIN}.login-info.com/": False,
    "https://bpjs-ketenagakerjaan.com/": False,
    "https://bpjsketenagakerjaan-go-id.site/": False,
    f"http://sso.{OFFICIAL_DOMAIN}/": False,
    f"https://{OFFICIAL_DOMAIN}@klaim-jht.site/": False,
    "https://s.id/klaim-jht": False,
}
# The hosts of the look-alike examples, named in code in their reasons ("the name ends in login-info.com").
LOOKALIKE_HOSTS = {
    f"{OFFICIAL_DOMAIN}.info",
    "login-info.com",
    "bpjs-ketenagakerjaan.com",
    "bpjsketenagakerjaan-go-id.site",
    "klaim-jht.site",
    "s.id",
}
# Parts of the rule written in code on the pages: a scheme, a suffix.
RULE_FRAGMENTS = {
    "https://",
    "http://",
    "/",
    "@",
    ".go.id",
    OFFICIAL_DOMAIN,
    f".{OFFICIAL_DOMAIN}",
    f"sso.{OFFICIAL_DOMAIN}",
    "bpjsketenagakerjaan",
}
# Each claim's strength and newest dated source, from the facts sheet (2026-11-24): id -> (row, strength, date).
# "official": a page on the agency's domain; "official_quoted": news quoting a named official; "reported":
# news only (or the 2020 article). Only the first two may ever read "Last confirmed", and only with a date.
CLAIMS = {
    "call_centre_hours": (11, "reported", ""),  # katadata.co.id, about 2021, undated
    "call_centre_kpj_help": (11, "reported", "2023-01-13"),  # sonora.id; idxchannel.com undated
    "kpj_to_register": (19, "reported", ""),  # idxchannel.com, kapanlagi.com, both undated
    "whatsapp_abroad_hours": (9, "reported", "2023-01-13"),
    "app_kartu_digital": (4, "reported", "2023-11-09"),  # newest source: poskota.co.id
    "app_jht_balance": (4, "reported", "2023-11-09"),
    "app_bpjstku": (3, "reported", "2020"),
    "app_recovery": (18, "reported", "2025-11-25"),
    "click_to_call": (17, "official_quoted", "2023-12-22"),
    "face_check": (21, "official", ""),  # bpjsketenagakerjaan.go.id/artikel/18880, undated
    "jht_limit": (16, "reported", "2025-10-21"),
    "website_steps": (6, "reported", "2024"),
    "hr_ask": (13, "reported", "2020"),
    "branch_visit": (20, "reported", ""),  # idxchannel.com, undated
    "pmi_ecard": (22, "official", ""),  # bpjsketenagakerjaan.go.id/en/pekerja-migran-indonesia.html, undated
    "social_accounts": (15, "reported", "2020-09-02"),  # medcom.id; a 2025 blog names the same accounts
    "scam_signs": (14, "official_quoted", "2026-02"),  # ipol.id quoting an official; older news agrees
    "official_channels": (14, "official_quoted", "2026-02"),  # JMO, Lapak Asik, branch offices: ipol.id
    "lapak_asik": (23, "official_quoted", "2026-02"),  # ipol.id; regamedianews.com 2025-11-19
    "broker_adverts": (24, "official_quoted", "2025-12-17"),  # regamedianews.com, portaljtv.com (officials quoted)
}
