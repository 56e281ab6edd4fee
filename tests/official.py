"""The tests' own pinned copy of the official contacts, on purpose separate from data/contacts.yml.

Changing a number takes two deliberate edits: the data file and this file. Each entry says where
it comes from and when (see the facts sheet the guide was written from).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Official:
    name: str
    value: str  # E.164 for numbers, the short code itself, the address or the URL
    source: str
    date: str


PHONES = {
    "+62215207797": Official("Head office phone, 021 520 7797", "+62215207797", "source article (CNN Indonesia)", "2020"),
}
WHATSAPP = {
    "+628119115910": Official("WhatsApp for Indonesians abroad, number 1", "+628119115910", "source article; katadata.co.id", "2020"),
    "+628551500910": Official("WhatsApp for Indonesians abroad, number 2", "+628551500910", "source article", "2020"),
    "+6281380070175": Official("General WhatsApp service", "+6281380070175", "suara.com; tabengan.co.id; poskota.co.id", "2023-11-09"),
}
# phonenumbers does not know Indonesian short codes: each is allowed here explicitly.
SHORT_CODES = {
    "175": Official("Layanan Masyarakat 175", "175", "suara.com; kompas.com; katadata.co.id", "2023-12-19"),
}
EMAILS = {
    "care@bpjsketenagakerjaan.go.id": Official("Member service email", "care@bpjsketenagakerjaan.go.id", "source article; katadata.co.id", "2020"),
}
URLS = {
    "https://sso.bpjsketenagakerjaan.go.id/": Official("Self-service portal", "https://sso.bpjsketenagakerjaan.go.id/", "source article; poskota.co.id; umsu.ac.id", "2024"),
    "https://www.bpjsketenagakerjaan.go.id/kontak.html": Official("Branch offices", "https://www.bpjsketenagakerjaan.go.id/kontak.html", "source article", "2020"),
}
OFFICIAL_DOMAIN = "bpjsketenagakerjaan.go.id"
# Other hosts a link may point to.
ALLOWED_HOSTS = {"play.google.com", "apps.apple.com", "wa.me"}
# Every number a page must show, by page (both languages).
EXPECTED_ON_PAGE = {
    "kontak": {"175", "+62215207797", "+628119115910", "+628551500910", "+6281380070175"},
}
# Names that may appear as plain text (never as links): the publishers the sources page cites,
# and the look-alike addresses the safety page shows as examples of what is NOT official.
PUBLISHERS = {
    "kilastotabuan.com", "sulut.inews.id", "bali.antaranews.com", "penyukajalanjalan.com", "sonora.id",
    "poskota.co.id", "umsu.ac.id", "katadata.co.id", "suara.com", "kompas.com", "tabengan.co.id",
    "ipol.id", "antaranews.com", "medcom.id", "liputan6.com", "economy.okezone.com",
    "priangan.tribunnews.com",
}
LOOKALIKE_EXAMPLES = {"bpjsketenagakerjaan.go.id.info", "bpjs-ketenagakerjaan.com", "bpjsketenagakerjaan-go-id.site"}
