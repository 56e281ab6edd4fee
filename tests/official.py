"""The tests' own pinned copy of the official contacts, on purpose separate from data/contacts.yml.

Changing a number takes two deliberate edits: the data file and this file. Each entry says where
it comes from and when (see the facts sheet the guide was written from).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Official:
    name: str
    value: str  # E.164 for numbers, the short code itself, the address or the URL
    source: str
    date: str


PHONES = {
    "+62215207797": Official(
        "Head office phone, 021 520 7797", "+62215207797", "source article (CNN Indonesia)", "2020"
    ),
}
WHATSAPP = {
    "+628119115910": Official(
        "WhatsApp for Indonesians abroad, number 1",
        "+628119115910",
        "source article; katadata.co.id; sonora.id",
        "2023-01-13",
    ),
    "+628551500910": Official(
        "WhatsApp for Indonesians abroad, number 2", "+628551500910", "source article; sonora.id", "2023-01-13"
    ),
    "+6281380070175": Official("General WhatsApp service", "+6281380070175", "suara.com; tabengan.co.id", "2021-08-23"),
}
# phonenumbers does not know Indonesian short codes: each is allowed here explicitly.
SHORT_CODES = {
    "175": Official("Layanan Masyarakat 175", "175", "suara.com; manadones.co.id; ipol.id", "2024-05"),
}
EMAILS = {
    "care@bpjsketenagakerjaan.go.id": Official(
        "Member service email", "care@bpjsketenagakerjaan.go.id", "source article; katadata.co.id", "2020"
    ),
}
# Every address outside the site that a page may link to, exactly: not whole hosts.
URLS = {
    "https://sso.bpjsketenagakerjaan.go.id/": Official(
        "Self-service portal",
        "https://sso.bpjsketenagakerjaan.go.id/",
        "source article; poskota.co.id; umsu.ac.id",
        "2024",
    ),
    "https://www.bpjsketenagakerjaan.go.id/kontak.html": Official(
        "Branch offices", "https://www.bpjsketenagakerjaan.go.id/kontak.html", "source article", "2020"
    ),
    "https://play.google.com/store/search?q=JMO%20Jamsostek%20Mobile&c=apps": Official(
        "Play Store search for JMO",
        "https://play.google.com/store/search?q=JMO%20Jamsostek%20Mobile&c=apps",
        "a store search: no app id is confirmed (facts sheet, row 5)",
        "2023-11-09",
    ),
}
OFFICIAL_DOMAIN = "bpjsketenagakerjaan.go.id"
# The share link (no number: the reader picks the chat) and the project's issue form.
WHATSAPP_SHARE = "https://wa.me/?text="
# The default (mkdocs.yml); the publishing workflow builds with REPO_URL set to its own repository.
REPO_URL = os.environ.get("REPO_URL") or "https://github.com/cek-nomor-bpjstk/guide"
# Weak channels: what a reader must be told next to the number, in each language (facts sheet rows 7, 9, 12).
CAUTIONS = {
    "+62215207797": {"id": "belum dikonfirmasi sejak 2020", "en": "not confirmed since 2020"},
    "+6281380070175": {"id": "belum dikonfirmasi sejak 2021", "en": "not confirmed since 2021"},
    "+628119115910": {"id": "hanya dilaporkan media", "en": "reported only"},
    "+628551500910": {"id": "hanya dilaporkan media", "en": "reported only"},
}
# The picture for chat groups shows these, and only these, channels (the sure ones: no caution above),
# each read back exactly by OCR: the short code, the email, the official website's host, the app's name.
PICTURE_CHANNELS = ("175", "care@bpjsketenagakerjaan.go.id", "sso.bpjsketenagakerjaan.go.id", "JMO")
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
    "kontak": {"175", "+62215207797", "+628119115910", "+628551500910", "+6281380070175"},
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
    "https://sso.bpjsketenagakerjaan.go.id/": True,
    "https://www.bpjsketenagakerjaan.go.id/kontak.html": True,
    "https://bpjsketenagakerjaan.go.id.info/klaim": False,
    "https://sso.bpjsketenagakerjaan.go.id.login-info.com/": False,
    "https://bpjs-ketenagakerjaan.com/": False,
    "https://bpjsketenagakerjaan-go-id.site/": False,
    "http://sso.bpjsketenagakerjaan.go.id/": False,
    "https://bpjsketenagakerjaan.go.id@klaim-jht.site/": False,
    "https://s.id/klaim-jht": False,
}
# The hosts of the look-alike examples, named in code in their reasons ("the name ends in login-info.com").
LOOKALIKE_HOSTS = {
    "bpjsketenagakerjaan.go.id.info",
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
    "bpjsketenagakerjaan.go.id",
    ".bpjsketenagakerjaan.go.id",
    "sso.bpjsketenagakerjaan.go.id",
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
}
